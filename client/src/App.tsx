import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from './api/session';
import { Layout } from './components/Layout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { staffRoutes } from './pages/staff/routes';

// SurveyJS and Chart.js are large: each loads only with the page that needs it.
const SurveyPage = lazy(() => import('./pages/survey/SurveyPage'));
const DonePage = lazy(() => import('./pages/done/DonePage'));
const InvitationPage = lazy(() => import('./pages/invitation/InvitationPage'));
const ResumePage = lazy(() => import('./pages/resume/ResumePage'));
const ResultsPage = lazy(() => import('./pages/results/ResultsPage'));
const AccessibilityPage = lazy(() => import('./pages/accessibility/AccessibilityPage'));

const router = createBrowserRouter([
  {
    element: (
      <SessionProvider>
        <Layout />
      </SessionProvider>
    ),
    children: [
      ...staffRoutes,
      { index: true, element: <HomePage /> },
      // The respondent's journey: invitation link → resume code → survey → thanks, summary and reflections.
      { path: 'i/:token', element: <InvitationPage /> },
      { path: 'resume', element: <ResumePage /> },
      { path: 'r/:code', element: <SurveyPage /> },
      { path: 'r/:code/done', element: <DonePage /> },
      { path: 'rounds/:roundId/organisations/:organisationId/results', element: <ResultsPage /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
