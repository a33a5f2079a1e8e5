/**
 * The article body: a TipTap editor with its toolbar. It reports HTML on every change.
 * `value` is read at start and whenever `resetKey` changes (e.g. a version chosen after
 * a conflict); echoing each keystroke's HTML back into the editor would race the typist.
 */
import { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { editorExtensions } from './extensions.js';
import { ImageDialog } from './image-dialog.js';
import { LinkDialog } from './link-dialog.js';
import { Toolbar } from './toolbar.js';

interface Props {
  site: string;
  /** Id of the visible label naming the editing area. */
  labelId: string;
  describedBy?: string | undefined;
  value: string;
  /** Change it to replace the text with `value`. */
  resetKey: number;
  editable: boolean;
  onChange: (html: string) => void;
}

/** TipTap's empty document, which the API should store as empty. */
function normalize(html: string): string {
  return html === '<p></p>' ? '' : html;
}

export function RichTextEditor({ site, labelId, describedBy, value, resetKey, editable, onChange }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [, setTick] = useState(0);
  const [dialog, setDialog] = useState<'link' | 'image' | null>(null);
  const appliedKey = useRef(resetKey);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (host.current === null) return;
    const instance = new Editor({
      element: host.current,
      extensions: editorExtensions(),
      content: value,
      editable,
      // The CSP refuses injected <style>; the same rules ship in admin.css.
      injectCSS: false,
      editorProps: {
        // Tab indents lists and moves between table cells, so Escape is the way out of the text.
        handleKeyDown: (view, event) => {
          if (event.key !== 'Escape') return false;
          focusAfter(view.dom);
          return true;
        },
        attributes: attributesFor(labelId, describedBy, editable),
      },
      onUpdate: ({ editor: e }) => {
        onChangeRef.current(normalize(e.getHTML()));
      },
      onTransaction: () => setTick((n) => n + 1),
    });
    setEditor(instance);
    return () => instance.destroy();
  }, []);

  useEffect(() => {
    if (editor === null) return;
    // false: changing editability is not a change of the text.
    editor.setEditable(editable, false);
  }, [editor, editable]);

  // ProseMirror re-applies its attributes on every update, so changes go through its props.
  useEffect(() => {
    if (editor === null) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: attributesFor(labelId, describedBy, editable) } });
  }, [editor, describedBy, editable]);

  useEffect(() => {
    if (editor === null || resetKey === appliedKey.current) return;
    appliedKey.current = resetKey;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, resetKey]);

  return (
    <div class={`rich-text-editor${editable ? '' : ' rich-text-editor--readonly'}`}>
      {editor !== null && editable && <Toolbar editor={editor} onLink={() => setDialog('link')} onImage={() => setDialog('image')} />}
      <div ref={host} class="rich-text-editor__area" />
      {editor !== null && dialog === 'link' && <LinkDialog editor={editor} onClose={() => setDialog(null)} />}
      {editor !== null && dialog === 'image' && <ImageDialog editor={editor} site={site} onClose={() => setDialog(null)} />}
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"], [contenteditable="true"]';

/** Moves focus to the first focusable element after `element` in document order. */
function focusAfter(element: HTMLElement): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE));
  const next = all.find((el) => !element.contains(el) && element.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  next?.focus();
}

/** The editing area's accessible name, description and state. */
function attributesFor(labelId: string, describedBy: string | undefined, editable: boolean): Record<string, string> {
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    'aria-readonly': editable ? 'false' : 'true',
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    class: 'rich-text',
  };
}
