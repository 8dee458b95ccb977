import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';

// SurveyJS and Chart.js are large: each loads only with the page that needs it.
const SurveyPage = lazy(() => import('./pages/survey/SurveyPage'));
const ResultsPage = lazy(() => import('./pages/results/ResultsPage'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'rounds/:roundId/organisations/:organisationId/survey', element: <SurveyPage /> },
      { path: 'rounds/:roundId/organisations/:organisationId/results', element: <ResultsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
