import type { RouteProps } from './routes';

export function NotFoundPage(_props: RouteProps) {
  return (
    <>
      <h1 class="app-heading-l">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </>
  );
}
