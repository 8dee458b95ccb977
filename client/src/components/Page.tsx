import { type ReactNode, useRef } from 'react';
import type { ApiError } from '../api/client';
import { ErrorNotice, Loading } from './Feedback';
import { useDocumentTitle } from './useDocumentTitle';
import { useFocusHeading } from './useFocusHeading';

type Props = {
  /** The h1 (and the document title unless `documentTitle` is given). */
  title: string;
  /** The h1 as elements, when part of it needs its own `lang` (a name shown in another language); `title` stays its text. */
  heading?: ReactNode;
  /** `<title>` when it differs from the h1. */
  documentTitle?: string;
  /** A modifier of the page's width or look: page--narrow, page--wide, respond-page … */
  className?: string;
  /** Links back up, above the heading (not printed). */
  breadcrumb?: ReactNode;
  /** Under the h1: the round's name, a status, the facts of a survey. */
  sub?: ReactNode;
  /** Beside the heading: the page's main action. */
  actions?: ReactNode;
  /** The heading block's look; page-heading by default. */
  headerClassName?: string;
  /** Nothing to show but a spinner until the data arrive: the heading depends on them. */
  pending?: boolean;
  /** While more of the page's data load: a spinner under the heading (none once there is an error). */
  loading?: boolean;
  /** A failed load: what went wrong, with a retry. */
  error?: ApiError;
  errorTitle?: string;
  onRetry?: () => void;
  children?: ReactNode;
};

/**
 * The frame of every page: the document title, the breadcrumb, the h1 (which
 * takes focus after a client-side navigation, also when it appears only once
 * the page's data have arrived), a subtitle and actions beside it, and the
 * loading and error states of what the page loads.
 */
export function Page(props: Props) {
  const { title, className, breadcrumb, sub, actions, pending = false, loading = false, error, children } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(props.documentTitle ?? title);
  useFocusHeading(heading, !pending && !loading);
  if (pending) return <Loading />;
  return (
    <div className={className ? `page ${className}` : 'page'}>
      {breadcrumb && <p className="breadcrumb no-print">{breadcrumb}</p>}
      {/* One structure whatever arrives later, so that a focused h1 is never mounted again. */}
      <div className={props.headerClassName ?? 'page-heading'}>
        <div className="page-heading__main">
          <h1 tabIndex={-1} ref={heading}>
            {props.heading ?? title}
          </h1>
          {sub}
        </div>
        {actions}
      </div>
      {loading && !error && <Loading />}
      {error && <ErrorNotice error={error} title={props.errorTitle} onRetry={props.onRetry} />}
      {children}
    </div>
  );
}
