/**
 * The live region: one polite status area for "saved", "uploaded" and the like, shown
 * on screen and read out by screen readers. Errors in forms use ErrorSummary instead.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useRef, useState } from 'preact/hooks';

type Tone = 'success' | 'info' | 'error';
type Announce = (message: string, tone?: Tone) => void;

const AnnouncerContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

export function AnnouncerProvider({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState<{ text: string; tone: Tone } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((text, tone = 'success') => {
    window.clearTimeout(timer.current);
    // Clearing first makes a repeated message be read again.
    setMessage(null);
    window.setTimeout(() => setMessage({ text, tone }), 30);
    timer.current = window.setTimeout(() => setMessage(null), 12_000);
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div class={`status-bar${message ? ` status-bar--${message.tone}` : ''}`} role="status" aria-live="polite" aria-atomic="true">
        {message?.text ?? ''}
      </div>
    </AnnouncerContext.Provider>
  );
}
