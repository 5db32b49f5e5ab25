import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { getMeOptions, logoutMutation } from '../api/generated/@tanstack/react-query.gen';
import type { Me } from '../api/generated/types.gen';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { PageLoading } from '../components/Loading';
import { refreshAntiforgery } from '../lib/api';
import styles from './Layout.module.css';

export function useMe(): Me | undefined {
  return useQuery({ ...getMeOptions(), retry: false }).data;
}

function Shell({ nav, user }: { nav?: React.ReactNode; user?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className={styles.header}>
        <div className={styles.bar}>
          <NavLink to="/" className={styles.brand}>
            Nettverk
          </NavLink>
          {nav}
          <div className={styles.user}>
            {user}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
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

  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    if (me.error.status === 401) {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/logg-inn?neste=${next}`} replace />;
    }
    return <Paragraph>{t('problems.unknown')}</Paragraph>;
  }
  const user = me.data;
  const isAdmin = user.roles.includes('Administrator');
  const seesAudit = isAdmin || user.bodies.some((b) => b.roles.includes('Secretariat'));
  const links: [string, string, boolean][] = [
    ['/', t('nav.start'), true],
    ['/organer', t('nav.bodies'), true],
    ['/mine-moter', t('nav.myMeetings'), true],
    ['/mine-oppfolgingspunkter', t('actionItems.navMine'), true],
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
          <Paragraph data-size="sm">{user.displayName}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => logout.mutate({})} loading={logout.isPending}>
            {t('nav.signOut')}
          </Button>
        </>
      }
    />
  );
}
