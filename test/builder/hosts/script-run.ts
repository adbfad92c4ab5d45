import type { ScriptRunner } from '../../../builder/ports/gsheets.js';
import type { AppsScriptProject } from '../../gsheets/apps-script-host.js';

/**
 * Stands in for `google.script.run`: each call reaches the project's top-level function after
 * `delay(name)` milliseconds, so calls can finish out of order, and settles through the
 * registered handlers, never both. Arguments and results are copied through JSON, as the real
 * bridge serializes them, and a `Date` in a result fails the call, as it cannot cross it.
 * Functions named in `hidden` are missing, as in an older deployment of the add-on.
 */
export function scriptRun(
  project: AppsScriptProject,
  delay: (name: string) => number = () => 0,
  hidden: readonly string[] = [],
): () => ScriptRunner {
  const runner = (onSuccess?: (value: unknown) => void, onFailure?: (error: unknown) => void) =>
    new Proxy({} as ScriptRunner, {
      get(_, name) {
        if (name === 'withSuccessHandler')
          return (handler: typeof onSuccess) => runner(handler, onFailure);
        if (name === 'withFailureHandler')
          return (handler: typeof onFailure) => runner(onSuccess, handler);
        if (typeof name !== 'string' || hidden.includes(name)) return undefined;
        if (typeof project.context[name] !== 'function') return undefined;
        return (...args: unknown[]) => {
          const copied = JSON.parse(JSON.stringify(args)) as unknown[];
          setTimeout(() => {
            try {
              const value = project.call(name, ...copied);
              if (containsDate(value))
                throw new Error(`${name} returned a Date, which cannot reach the sidebar.`);
              onSuccess?.(value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
            } catch (error) {
              onFailure?.({ message: (error as Error).message, name: 'ScriptError' });
            }
          }, delay(name));
        };
      },
    });
  return () => runner();
}

function containsDate(value: unknown): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsDate);
  return false;
}
