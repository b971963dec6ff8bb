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

export function StepFrame({ step, intro, children, actions, blocked }: StepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
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
      <div className="step-actions">
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
