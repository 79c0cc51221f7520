import type { ComponentChildren } from 'preact';
import { isEnrolled, stateLoaded } from '../../state/appState';
import { formContext } from '../../state/forms/context';
import type { FormContext } from '../../state/forms/fields';
import { WhoPage } from './WhoPage';

/**
 * Screens for recording need an enrolled device and an unlocked person. Until then this shows
 * what is needed instead (the page's address stays, so after unlocking the person is where
 * they meant to be).
 */
export function WithPerson({ children }: { children: (ctx: FormContext) => ComponentChildren }) {
  if (!stateLoaded.value) return <p aria-busy="true">Opening…</p>;
  if (!isEnrolled.value) {
    return (
      <>
        <h1 class="app-heading-l">Set up this device first</h1>
        <p>This device is not enrolled with your consortium hub yet.</p>
        <a href="/enrol" class="app-button">
          Set up this device
        </a>
      </>
    );
  }
  const ctx = formContext.value;
  if (!ctx) return <WhoPage params={{}} />;
  return <>{children(ctx)}</>;
}
