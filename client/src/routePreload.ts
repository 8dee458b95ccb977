/**
 * The respondent's and results pages as lazy chunks, each fetched together
 * with the translations it shows; and, for the page a visit starts on, its
 * chunk and its data requested at once, before React has rendered anything,
 * so that the page's code, its texts and its data load side by side instead
 * of one after another.
 */
import { api } from '@shared/contract';
import { type ComponentType, lazy } from 'react';
import { prefetch } from './api/hooks';
import { loadNamespaces, type Namespace } from './i18n';
import { formatResumeCode } from './lib/resumeCode';

type PageModule = { default: ComponentType };

/** A page whose chunk and namespaces load together; `preload` starts that before the page is rendered. */
function lazyPage(load: () => Promise<PageModule>, namespaces: Namespace[]) {
  let loading: Promise<PageModule> | undefined;
  const preload = () => {
    if (!loading) {
      loading = Promise.all([load(), loadNamespaces(namespaces)]).then(([module]) => module);
      // A failed load (no network) is tried again when the page is next opened.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return { Page: lazy(preload), preload };
}

export const surveyPage = lazyPage(() => import('./pages/survey/SurveyPage'), ['respond']);
export const donePage = lazyPage(() => import('./pages/done/DonePage'), ['respond', 'results', 'desk']);
export const invitationPage = lazyPage(() => import('./pages/invitation/InvitationPage'), ['respond']);
export const resumePage = lazyPage(() => import('./pages/resume/ResumePage'), ['respond']);
export const resultsPage = lazyPage(() => import('./pages/results/ResultsPage'), ['results', 'desk']);

/** Starts what the page at `pathname` needs first: its chunk, and the draft or invitation it shows. */
export function preloadRoute(pathname: string): void {
  const survey = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (survey) {
    const code = decodeURIComponent(survey[1] ?? '');
    // The survey page redirects any other spelling of a code to this one, and reads only this one.
    if (formatResumeCode(code) === code) prefetch(api.draft, { params: { code } });
    void surveyPage.preload().catch(() => undefined);
    return;
  }
  const invitation = /^\/i\/([^/]+)\/?$/.exec(pathname);
  if (invitation) {
    prefetch(api.invitation, { params: { token: decodeURIComponent(invitation[1] ?? '') } });
    void invitationPage.preload().catch(() => undefined);
    return;
  }
  if (/^\/r\/[^/]+\/done\/?$/.test(pathname)) void donePage.preload().catch(() => undefined);
}
