import { type RefObject, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from './Feedback';
import { LanguageSwitch } from './LanguageSwitch';

/** Moves focus to the new page's heading after client-side navigation, as a page load would. */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, i.e. change of `pathname`
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      // A page that placed focus itself (a confirmation, an error) keeps it.
      const active = document.activeElement;
      if (active && active !== main.current && main.current?.contains(active)) return;
      const target = main.current?.querySelector<HTMLElement>('h1') ?? main.current;
      target?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
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
          <nav className="site-nav" aria-label={t('nav.label')}>
            <NavLink to="/" end className="site-nav__link">
              {t('nav.rounds')}
            </NavLink>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
