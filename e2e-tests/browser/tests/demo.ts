/**
 * A demo offering user for the portal on the running local stack: two offerings with a checklist each (the same data
 * as the browser scenario). Prints how to sign in. Run: cd e2e-tests/browser && npm ci && npm run demo
 */
import { createScenario, GATEWAY } from './stack.ts';

const scenario = await createScenario();
console.log(`Open ${GATEWAY}/ and sign in as ${scenario.user.username} (password: ${scenario.user.password}).`);
console.log(`The checklist with a dependent question: ${GATEWAY}/checklists/${scenario.privacy.offeringUser}`);
