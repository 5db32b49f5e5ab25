import { type ComponentType, lazy, Suspense } from 'react';
import { PageLoading } from '../components/Loading';
import { SignInPage } from '../features/auth/SignInPage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout, SignedInLayout } from './Layout';

/** A page loaded with its own code when its route is first visited, so the sign-in and public pages do not carry the
 * signed-in app. Adding a route is one line: `{ path: '/x', element: page(() => import('../features/x/XPage'), 'XPage') }`. */
function page<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

export const routes = [
  {
    element: <PublicLayout />,
    children: [
      // In the main chunk (2 KB): where every visitor who is not signed in lands, without waiting for a second request.
      { path: '/logg-inn', element: <SignInPage /> },
      { path: '/glemt-passord', element: page(() => import('../features/auth/ForgotPasswordPage'), 'ForgotPasswordPage') },
      { path: '/reset-password', element: page(() => import('../features/auth/ResetPasswordPage'), 'ResetPasswordPage') },
      { path: '/accept-invitation', element: page(() => import('../features/auth/AcceptInvitationPage'), 'AcceptInvitationPage') },
      { path: '/svar', element: page(() => import('../features/meetings/RsvpPage'), 'RsvpPage') },
      { path: '/offentlig/sok', element: page(() => import('../features/search/PublicSearchPage'), 'PublicSearchPage') },
      { path: '/innspill/gruppe/:token', element: page(() => import('../features/inputRounds/GroupAnswerPage'), 'GroupAnswerPage') },
      { path: '/tilgjengelighet', element: page(() => import('../features/site/AccessibilityStatementPage'), 'AccessibilityStatementPage') },
      { path: '/offentlig/horinger/:slug', element: page(() => import('../features/hearings/PublicHearingPage'), 'PublicHearingPage') },
      { path: '/horing/svar/:token', element: page(() => import('../features/hearings/RespondPage'), 'TokenRespondPage') },
      // The address the hearing e-mails give for the public page; /offentlig/horinger/… is the one the app links to.
      { path: '/horing/:slug', element: page(() => import('../features/hearings/PublicHearingPage'), 'PublicHearingPage') },
      { path: '/offentlig/moter/:id/pamelding', element: page(() => import('../features/registrations/PublicRegistrationPage'), 'PublicRegistrationPage') },
      { path: '/pamelding/bekreft/:token', element: page(() => import('../features/registrations/ConfirmRegistrationPage'), 'ConfirmRegistrationPage') },
      { path: '/pamelding/:token', element: page(() => import('../features/registrations/MyRegistrationPage'), 'MyRegistrationPage') },
    ],
  },
  {
    element: <SignedInLayout />,
    children: [
      { path: '/', element: page(() => import('../features/start/StartPage'), 'StartPage') },
      { path: '/organer', element: page(() => import('../features/bodies/BodiesPage'), 'BodiesPage') },
      { path: '/organer/:id', element: page(() => import('../features/bodies/BodyPage'), 'BodyPage') },
      { path: '/organer/:id/foreslaa', element: page(() => import('../features/nominations/NominatePage'), 'NominatePage') },
      { path: '/organer/:id/moter', element: page(() => import('../features/meetings/MeetingPlanPage'), 'MeetingPlanPage') },
      { path: '/moter/:id', element: page(() => import('../features/meetings/MeetingPage'), 'MeetingPage') },
      { path: '/moter/:id/referat', element: page(() => import('../features/minutes/MinutesPage'), 'MinutesPage') },
      { path: '/moter/:id/referat/versjon/:revision', element: page(() => import('../features/minutes/PublishedRevisionPage'), 'PublishedRevisionPage') },
      { path: '/organer/:id/oppfolging', element: page(() => import('../features/actionItems/BodyActionItemsPage'), 'BodyActionItemsPage') },
      { path: '/mine-oppfolgingspunkter', element: page(() => import('../features/actionItems/MyActionItemsPage'), 'MyActionItemsPage') },
      { path: '/mine-moter', element: page(() => import('../features/meetings/MyMeetingsPage'), 'MyMeetingsPage') },
      { path: '/nominasjoner', element: page(() => import('../features/nominations/NominationsPage'), 'NominationsPage') },
      { path: '/organisasjoner', element: page(() => import('../features/organisations/OrganisationsPage'), 'OrganisationsPage') },
      { path: '/organisasjoner/:id', element: page(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage') },
      { path: '/personer', element: page(() => import('../features/people/PeoplePage'), 'PeoplePage') },
      { path: '/logg', element: page(() => import('../features/audit/AuditPage'), 'AuditPage') },
      { path: '/sendt-epost', element: page(() => import('../features/mail/MailPage'), 'MailPage') },
      { path: '/sok', element: page(() => import('../features/search/SearchPage'), 'SearchPage') },
      { path: '/organer/:id/horinger', element: page(() => import('../features/hearings/HearingsPage'), 'HearingsPage') },
      { path: '/horinger/:id', element: page(() => import('../features/hearings/HearingPage'), 'HearingPage') },
      { path: '/horinger/:id/lesing', element: page(() => import('../features/hearings/ReadingPage'), 'ReadingPage') },
      { path: '/horinger/:id/svar', element: page(() => import('../features/hearings/RespondPage'), 'RespondPage') },
      { path: '/til-behandling', element: page(() => import('../features/hearings/ToHandlePage'), 'ToHandlePage') },
      { path: '/organer/:id/innspill', element: page(() => import('../features/inputRounds/BodyInputRoundsPage'), 'BodyInputRoundsPage') },
      { path: '/organer/:id/innspill/ny', element: page(() => import('../features/inputRounds/InputRoundFormPage'), 'NewInputRoundPage') },
      { path: '/innspill/:id', element: page(() => import('../features/inputRounds/InputRoundPage'), 'InputRoundPage') },
      { path: '/innspill/:id/rediger', element: page(() => import('../features/inputRounds/InputRoundFormPage'), 'EditInputRoundPage') },
      { path: '/innspill/:id/resultater', element: page(() => import('../features/inputRounds/InputRoundResultsPage'), 'InputRoundResultsPage') },
      { path: '/organer/:id/statistikk', element: page(() => import('../features/statistics/StatisticsPage'), 'StatisticsPage') },
      { path: '/organer/:id/rapporter', element: page(() => import('../features/reports/BodyReportsPage'), 'BodyReportsPage') },
      { path: '/organer/:id/rapporter/ny', element: page(() => import('../features/reports/NewReportPage'), 'NewReportPage') },
      { path: '/rapporter/:id', element: page(() => import('../features/reports/ReportPage'), 'ReportPage') },
      { path: '/organer/:id/tidslinje', element: page(() => import('../features/timeline/BodyTimelinePage'), 'BodyTimelinePage') },
      { path: '/moter/:id/pameldinger', element: page(() => import('../features/registrations/RegistrationsPage'), 'RegistrationsPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
