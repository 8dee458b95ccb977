import { type RefObject, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Loading } from './Feedback';
import { LanguageSwitch } from './LanguageSwitch';
import { StaffNav } from './StaffNav';
import { UserMenu } from './UserMenu';

/** Scrolls to the top and moves focus to the new page's heading after client-side navigation, as a page load would. */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, i.e. change of `pathname`
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let observer: MutationObserver | undefined;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      observer?.disconnect();
      clearTimeout(timeout);
    };
    /** Focuses the heading if there is one; false while a lazily loaded page has not rendered it yet. */
    const focusHeading = () => {
      // A page that placed focus itself (a confirmation, an error) keeps it.
      const active = document.activeElement;
      if (active && active !== main.current && main.current?.contains(active)) return true;
      const heading = main.current?.querySelector<HTMLElement>('h1');
      (heading ?? main.current)?.focus({ preventScroll: false });
      return heading !== null && heading !== undefined;
    };
    // A new page starts at its top, as after a page load (the previous page may have been scrolled down).
    window.scrollTo(0, 0);
    const frame = requestAnimationFrame(() => {
      const root = main.current;
      if (focusHeading() || !root) return;
      observer = new MutationObserver(() => {
        if (root.querySelector('h1') && focusHeading()) stop();
      });
      observer.observe(root, { childList: true, subtree: true });
      timeout = setTimeout(stop, 5000);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [pathname, main]);
}

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <UserMenu />
          <LanguageSwitch />
        </div>
        <StaffNav />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/accessibility">{t('accessibility.footerLink')}</Link>
        </p>
      </footer>
    </div>
  );
}
