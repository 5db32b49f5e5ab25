import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { getMeOptions, logoutMutation } from '../api/generated/@tanstack/react-query.gen';
import type { Me } from '../api/generated/types.gen';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { PageLoading } from '../components/Loading';
import { refreshAntiforgery } from '../lib/api';
import { Footer } from './Footer';
import { HeaderSearch } from './HeaderSearch';
import styles from './Layout.module.css';

export function useMe(): Me | undefined {
  return useQuery({ ...getMeOptions(), retry: false }).data;
}

/** The header's menu on a narrow screen: a button shows and hides it, and it closes on navigation and on Escape. */
function useMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  useEffect(() => setOpen(false), [location.key]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, toggle: () => setOpen((o) => !o), button };
}

function Shell({ nav, user }: { nav?: React.ReactNode; user?: React.ReactNode }) {
  const { t } = useTranslation();
  const menu = useMenu();
  return (
    <div className={styles.shell}>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className={styles.header}>
        <div className={nav ? `${styles.bar} ${styles.withNav}` : styles.bar}>
          <NavLink to="/" className={styles.brand}>
            Nettverk
          </NavLink>
          {nav ? (
            <>
              <Button
                ref={menu.button}
                variant="secondary"
                data-size="sm"
                className={styles.menuButton}
                aria-expanded={menu.open}
                aria-controls="main-menu"
                onClick={menu.toggle}
              >
                {t('site.menu')}
              </Button>
              {/* Search and account come before the links: on a wide screen they share the brand's row and the links get
                  a row of their own below, so the order read and tabbed is the order seen. */}
              <div id="main-menu" className={styles.menu} data-open={menu.open}>
                <HeaderSearch />
                <div className={styles.user}>
                  {user}
                  <LanguageSwitcher hideLabel />
                </div>
                {nav}
              </div>
            </>
          ) : (
            <div className={styles.user}>
              <LanguageSwitcher hideLabel />
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}

export function PublicLayout() {
  return <Shell />;
}

/** Everything behind sign-in. Not signed in: to the sign-in page, and back here afterwards. */
export function SignedInLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery({ ...getMeOptions(), retry: false });
  const logout = useMutation({
    ...logoutMutation(),
    onSuccess: async () => {
      queryClient.clear();
      await refreshAntiforgery();
      navigate('/logg-inn');
    },
  });

  // The query's answer arrives as an urgent update, which React renders in one piece; the navigation and the page
  // under it render from this deferred copy instead, in slices between which the browser may work (a phone spent
  // ~300 ms in one task here).
  const deferredUser = useDeferredValue(me.data);

  if (me.isPending || (me.isSuccess && !deferredUser)) return <PageLoading />;
  if (me.isError) {
    if (me.error.status === 401) {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/logg-inn?neste=${next}`} replace />;
    }
    return <Paragraph>{t('problems.unknown')}</Paragraph>;
  }
  const user = deferredUser!;
  const isAdmin = user.roles.includes('Administrator');
  const seesAudit = isAdmin || user.bodies.some((b) => b.roles.includes('Secretariat'));
  const links: [string, string, boolean][] = [
    ['/', t('nav.start'), true],
    ['/organer', t('nav.bodies'), true],
    ['/mine-moter', t('nav.myMeetings'), true],
    ['/mine-oppfolgingspunkter', t('nav.myActionItems'), true],
    ['/til-behandling', t('nav.toHandle'), true],
    ['/nominasjoner', t('nav.nominations'), true],
    ['/organisasjoner', t('nav.organisations'), true],
    ['/personer', t('nav.people'), isAdmin || user.roles.includes('Secretariat') || seesAudit],
    ['/logg', t('nav.audit'), seesAudit],
    ['/sendt-epost', t('nav.mail'), isAdmin],
  ];

  return (
    <Shell
      nav={
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <ul>
            {links
              .filter(([, , shown]) => shown)
              .map(([to, label]) => (
                <li key={to}>
                  <Link asChild>
                    <NavLink to={to}>{label}</NavLink>
                  </Link>
                </li>
              ))}
            {isAdmin && (
              <li>
                {/* Hangfire's dashboard is served by the API, not the SPA: a full page load, not a client route. */}
                <Link href="/admin/jobber">{t('nav.jobs')}</Link>
              </li>
            )}
          </ul>
        </nav>
      }
      user={
        <>
          <Paragraph data-size="sm" className={styles.name}>
            {user.displayName}
          </Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => logout.mutate({})} loading={logout.isPending}>
            {t('nav.signOut')}
          </Button>
        </>
      }
    />
  );
}
