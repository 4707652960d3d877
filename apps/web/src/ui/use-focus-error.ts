import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, the keyboard goes to the first field the service complained about,
 * or to the form's error summary: the user hears what to fix without searching for it.
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current.querySelector<HTMLElement>('.form-error');
    if (target) {
      if (!target.hasAttribute('tabindex') && target.classList.contains('form-error'))
        target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [error, form]);
}
