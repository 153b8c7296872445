/** Where to sign in and where the API is: read at start-up from the gateway, so a deployment changes it without a rebuild. */
export interface PortalConfig {
  /** Keycloak's public base URL, e.g. http://localhost:8180. */
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Prefix of API paths; '' means the same origin as the portal. */
  apiBase: string;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/portal-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`portal-config.json: ${response.status}`);
  }
  const json = (await response.json()) as Partial<PortalConfig>;
  if (!json.keycloakUrl || !json.realm || !json.clientId) {
    throw new Error('portal-config.json lacks keycloakUrl, realm or clientId');
  }
  return { keycloakUrl: json.keycloakUrl, realm: json.realm, clientId: json.clientId, apiBase: json.apiBase ?? '' };
}
