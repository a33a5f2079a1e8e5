/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA
 * toolbar pattern); toggles say whether they are on with aria-pressed.
 */
import type { Editor } from '@tiptap/core';
import type { ComponentChildren, TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../messages.js';

interface ToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
}

export function Toolbar({ editor, onLink, onImage }: ToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chain = () => editor.chain().focus();
  const inTable = editor.isActive('table');

  function buttons(): HTMLButtonElement[] {
    return Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>) {
    const list = buttons();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: list.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    list[(next + list.length) % list.length]?.focus();
  }

  // Roving tab stop: the last focused button is the one Tab returns to.
  function onFocusIn(event: TargetedFocusEvent<HTMLDivElement>) {
    const target = event.target;
    if (!(target instanceof HTMLButtonElement)) return;
    for (const b of buttons()) b.tabIndex = b === target ? 0 : -1;
  }

  return (
    <div class="toolbar" role="toolbar" aria-label={t.toolbar.label} ref={ref} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      <Tool label="H2" name={t.toolbar.h2} pressed={editor.isActive('heading', { level: 2 })} onClick={() => chain().toggleHeading({ level: 2 }).run()} first />
      <Tool label="H3" name={t.toolbar.h3} pressed={editor.isActive('heading', { level: 3 })} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <Sep />
      <Tool label={<strong>{t.toolbar.bold}</strong>} name={t.toolbar.bold} pressed={editor.isActive('bold')} onClick={() => chain().toggleBold().run()} />
      <Tool label={<em>{t.toolbar.italic}</em>} name={t.toolbar.italic} pressed={editor.isActive('italic')} onClick={() => chain().toggleItalic().run()} />
      <Sep />
      <Tool label={`• ${t.toolbar.bulletList}`} name={t.toolbar.bulletList} pressed={editor.isActive('bulletList')} onClick={() => chain().toggleBulletList().run()} />
      <Tool label={`1. ${t.toolbar.orderedList}`} name={t.toolbar.orderedList} pressed={editor.isActive('orderedList')} onClick={() => chain().toggleOrderedList().run()} />
      <Sep />
      <Tool label={t.toolbar.link} name={t.toolbar.link} pressed={editor.isActive('link')} onClick={onLink} hasPopup />
      <Tool label={t.toolbar.image} name={t.toolbar.image} onClick={onImage} hasPopup />
      <Tool label={t.toolbar.table} name={t.toolbar.table} disabled={inTable} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
      {inTable && (
        <>
          <Tool label={t.toolbar.addRow} name={t.toolbar.addRow} onClick={() => chain().addRowAfter().run()} />
          <Tool label={t.toolbar.addColumn} name={t.toolbar.addColumn} onClick={() => chain().addColumnAfter().run()} />
          <Tool label={t.toolbar.deleteTable} name={t.toolbar.deleteTable} onClick={() => chain().deleteTable().run()} />
        </>
      )}
      <Sep />
      <Tool label={`↶ ${t.toolbar.undo}`} name={t.toolbar.undo} disabled={!editor.can().undo()} onClick={() => chain().undo().run()} />
      <Tool label={`↷ ${t.toolbar.redo}`} name={t.toolbar.redo} disabled={!editor.can().redo()} onClick={() => chain().redo().run()} />
    </div>
  );
}

function Sep() {
  return <span class="toolbar__sep" aria-hidden="true" />;
}

function Tool({ label, name, pressed, disabled, onClick, first, hasPopup }: { label: ComponentChildren; name: string; pressed?: boolean; disabled?: boolean; onClick: () => void; first?: boolean; hasPopup?: boolean }) {
  const visible = typeof label === 'string' ? label : name;
  // The accessible name starts with the visible text (WCAG 2.5.3), then says more where the text is short.
  const fullName = visible === name ? undefined : `${visible} – ${name}`;
  return (
    <button
      type="button"
      class="toolbar__button"
      tabIndex={first ? 0 : -1}
      aria-pressed={pressed === undefined ? undefined : pressed ? 'true' : 'false'}
      aria-haspopup={hasPopup ? 'dialog' : undefined}
      aria-label={fullName}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
