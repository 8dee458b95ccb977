import { lazy } from 'react';
import { BrowserRouter, type RouteObject, useRoutes } from 'react-router';
import { SessionProvider } from './api/session';
import { Layout } from './components/Layout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { staffRoutes } from './pages/staff/routes';
import { donePage, invitationPage, resultsPage, resumePage, surveyPage } from './routePreload';

// SurveyJS and Chart.js are large: each loads only with the page that needs it (routePreload.ts).
const SurveyPage = surveyPage.Page;
const DonePage = donePage.Page;
const InvitationPage = invitationPage.Page;
const ResumePage = resumePage.Page;
const ResultsPage = resultsPage.Page;
const AccessibilityPage = lazy(() => import('./pages/accessibility/AccessibilityPage'));

/**
 * The pages. A plain BrowserRouter with useRoutes: the client uses no loaders, actions or fetchers, and
 * leaving out the data router makes every page's JavaScript lighter.
 */
const routes: RouteObject[] = [
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
];

function Pages() {
  return useRoutes(routes);
}

export function App() {
  return (
    <BrowserRouter>
      <Pages />
    </BrowserRouter>
  );
}
