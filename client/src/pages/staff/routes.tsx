/** The staff and administration routes, for App.tsx: each page loads with its own chunk. */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireStaff } from '../../components/RequireStaff';
import { ROUND_MANAGERS } from '../../lib/scope';

const SignInPage = lazy(() => import('./SignInPage'));
const StaffHomePage = lazy(() => import('./StaffHomePage'));
const RoundPage = lazy(() => import('./RoundPage'));
const NewRoundPage = lazy(() => import('./NewRoundPage'));
const UsersPage = lazy(() => import('../admin/UsersPage'));
const UserPage = lazy(() => import('../admin/UserPage'));
const OrganisationsPage = lazy(() => import('../admin/OrganisationsPage'));
const RegionsPage = lazy(() => import('../admin/RegionsPage'));
const AuditPage = lazy(() => import('../admin/AuditPage'));
const InstrumentsPage = lazy(() => import('../admin/instruments/InstrumentsPage'));
const InstrumentVersionPage = lazy(() => import('../admin/instruments/InstrumentVersionPage'));
const InstrumentEditorPage = lazy(() => import('../admin/instruments/editor/InstrumentEditorPage'));
const RegionResultsPage = lazy(() => import('./results/RegionResultsPage'));
const CountryResultsPage = lazy(() => import('./results/CountryResultsPage'));
const ActionPlanPage = lazy(() => import('../plan/ActionPlanPage'));
const ParticipationPage = lazy(() => import('./participation/ParticipationPage'));
const SetPasswordPage = lazy(() => import('../access/SetPasswordPage'));
const ForgotPasswordPage = lazy(() => import('../access/ForgotPasswordPage'));
const OutboxPage = lazy(() => import('../access/OutboxPage'));

export const staffRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'set-password', element: <SetPasswordPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  {
    element: <RequireStaff />,
    children: [
      { path: 'staff', element: <StaffHomePage /> },
      { path: 'staff/rounds/:roundId', element: <RoundPage /> },
      { path: 'staff/rounds/:roundId/organisations/:organisationId/plan', element: <ActionPlanPage /> },
      { path: 'participation', element: <ParticipationPage /> },
      { path: 'participation/:roundId', element: <ParticipationPage /> },
    ],
  },
  {
    element: <RequireStaff roles={ROUND_MANAGERS} />,
    children: [
      { path: 'staff/rounds/new', element: <NewRoundPage /> },
      { path: 'staff/rounds/:roundId/regions/:regionCode', element: <RegionResultsPage /> },
    ],
  },
  {
    element: <RequireStaff roles={['admin']} />,
    children: [
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'admin/users/:userId', element: <UserPage /> },
      { path: 'admin/organisations', element: <OrganisationsPage /> },
      { path: 'admin/regions', element: <RegionsPage /> },
      { path: 'admin/audit', element: <AuditPage /> },
      { path: 'admin/outbox', element: <OutboxPage /> },
      { path: 'staff/rounds/:roundId/country', element: <CountryResultsPage /> },
      { path: 'admin/instruments', element: <InstrumentsPage /> },
      { path: 'admin/instruments/:instrumentId/:version', element: <InstrumentVersionPage /> },
      { path: 'admin/instrument-drafts/:draftId', element: <InstrumentEditorPage /> },
    ],
  },
];
