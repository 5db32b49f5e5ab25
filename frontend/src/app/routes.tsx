import { createBrowserRouter, Navigate } from 'react-router';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BodiesPage } from '../features/bodies/BodiesPage';
import { BodyPage } from '../features/bodies/BodyPage';
import { BodyActionItemsPage } from '../features/actionItems/BodyActionItemsPage';
import { MyActionItemsPage } from '../features/actionItems/MyActionItemsPage';
import { MailPage } from '../features/mail/MailPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingPlanPage } from '../features/meetings/MeetingPlanPage';
import { MyMeetingsPage } from '../features/meetings/MyMeetingsPage';
import { RsvpPage } from '../features/meetings/RsvpPage';
import { MinutesPage } from '../features/minutes/MinutesPage';
import { PublishedRevisionPage } from '../features/minutes/PublishedRevisionPage';
import { PublicMinutesPage } from '../features/publicMinutes/PublicMinutesPage';
import { NominatePage } from '../features/nominations/NominatePage';
import { NominationsPage } from '../features/nominations/NominationsPage';
import { OrganisationPage } from '../features/organisations/OrganisationPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { AccessibilityStatementPage } from '../features/site/AccessibilityStatementPage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout, SignedInLayout } from './Layout';
import { RouteError } from './RouteError';

export const routes = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/logg-inn', element: <SignInPage /> },
      { path: '/glemt-passord', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/accept-invitation', element: <AcceptInvitationPage /> },
      { path: '/svar', element: <RsvpPage /> },
      { path: '/offentlig/referat/:meetingId', element: <PublicMinutesPage /> },
      { path: '/tilgjengelighet', element: <AccessibilityStatementPage /> },
    ],
  },
  {
    element: <SignedInLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <Navigate to="/organer" replace /> },
      { path: '/organer', element: <BodiesPage /> },
      { path: '/organer/:id', element: <BodyPage /> },
      { path: '/organer/:id/foreslaa', element: <NominatePage /> },
      { path: '/organer/:id/moter', element: <MeetingPlanPage /> },
      { path: '/moter/:id', element: <MeetingPage /> },
      { path: '/moter/:id/referat', element: <MinutesPage /> },
      { path: '/moter/:id/referat/versjon/:revision', element: <PublishedRevisionPage /> },
      { path: '/organer/:id/oppfolging', element: <BodyActionItemsPage /> },
      { path: '/mine-oppfolgingspunkter', element: <MyActionItemsPage /> },
      { path: '/mine-moter', element: <MyMeetingsPage /> },
      { path: '/nominasjoner', element: <NominationsPage /> },
      { path: '/organisasjoner', element: <OrganisationsPage /> },
      { path: '/organisasjoner/:id', element: <OrganisationPage /> },
      { path: '/personer', element: <PeoplePage /> },
      { path: '/logg', element: <AuditPage /> },
      { path: '/sendt-epost', element: <MailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
