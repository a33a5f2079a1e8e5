/**
 * A modal dialog on the native <dialog> element: the browser traps focus and closes it
 * on Escape; focus returns to whatever opened it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../messages.js';

export function Dialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `d${useId()}`;
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="button button--link dialog__close" onClick={onClose}>
          {t.close}
          <span class="visually-hidden"> {title}</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** A yes/cancel question in a dialog. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, danger }: { title: string; message: string; confirmLabel: string; onConfirm: () => void; onClose: () => void; danger?: boolean }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{message}</p>
      <div class="button-group">
        <button type="button" class={`button ${danger ? 'button--warning' : 'button--primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </Dialog>
  );
}
