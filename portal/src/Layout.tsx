import { NavLink, Outlet } from 'react-router';
import { useAuth } from './auth';

/** Skip link, header with navigation and the user, and the page. Works by keyboard and down to 320 px wide. */
export function Layout() {
  const { auth, user } = useAuth();
  const name = user?.profile.name ?? user?.profile.preferred_username ?? '';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to="/" className="brand">
            Compliance portal
          </NavLink>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/" end>
                  My compliance
                </NavLink>
              </li>
            </ul>
          </nav>
          <div className="user">
            {name && <span className="user-name">{name}</span>}
            <button type="button" className="link-button" onClick={() => void auth.signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
