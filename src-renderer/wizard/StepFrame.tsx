/**
 * The frame every wizard step shares: the step list, the step heading (which takes focus when the
 * step appears, so screen-reader and keyboard users land at the top of the new step), the content,
 * and a footer with the step's actions.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { STEPS, STEP_TITLES, type StepId } from './wizard-store.js';

interface StepFrameProps {
  step: StepId;
  intro?: ReactNode;
  children: ReactNode;
  /** Buttons, primary last. */
  actions: ReactNode;
  /** A sentence shown by the actions when the user cannot go on yet (or a notice with its own way forward). */
  blocked?: ReactNode;
}

/** Room kept above the action bar when the page scrolls a focused control into view. */
const FOCUS_ROOM_PX = 16;

/**
 * Keeps the page's bottom scroll padding at the sticky action bar's height, whatever it holds: an
 * error notice with its details open makes the bar several lines tall at 800 px, and a control the
 * keyboard reaches must never scroll in under it.
 */
function useScrollRoomAbove(bar: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      root.style.scrollPaddingBottom = `${Math.ceil(element.getBoundingClientRect().height) + FOCUS_ROOM_PX}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [bar]);
}

export function StepFrame({ step, intro, children, actions, blocked }: StepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  useScrollRoomAbove(bar);
  const index = STEPS.indexOf(step);
  return (
    <section className="step" aria-labelledby="step-heading">
      <ol className="step-list" aria-label="Steps">
        {STEPS.map((id, i) => (
          <li key={id} aria-current={id === step ? 'step' : undefined} className={i < index ? 'step-done' : id === step ? 'step-current' : ''}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="step-name">{STEP_TITLES[id]}</span>
          </li>
        ))}
      </ol>
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        <span className="visually-hidden">Step {index + 1} of {STEPS.length}: </span>
        {STEP_TITLES[step]}
      </h2>
      {intro && <div className="intro">{intro}</div>}
      <div className="step-body">{children}</div>
      <div className="step-actions" ref={bar}>
        {typeof blocked === 'string' ? (
          <p role="alert" className="error blocked">
            {blocked}
          </p>
        ) : (
          blocked
        )}
        {actions}
      </div>
    </section>
  );
}
