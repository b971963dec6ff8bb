/** Step 1: the exact error text with its code read live, and an optional screenshot (not redacted). */
import { useState, type ClipboardEvent, type Dispatch } from 'react';
import { readErrorCode } from '../../../src-shared/error-code.js';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';

const MAX_SCREENSHOT_BYTES = 10 * 1024 * 1024;

function readImage(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(file);
  });
}

export function WhatHappenedStep({ state, dispatch }: { state: WizardState; dispatch: Dispatch<WizardAction> }) {
  const { form } = state;
  const code = readErrorCode(form.errorText);
  const [imageError, setImageError] = useState<string | null>(null);

  async function attach(file: File | undefined | null) {
    setImageError(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) return setImageError('That file is not an image. Choose a PNG or JPEG screenshot.');
    if (file.size > MAX_SCREENSHOT_BYTES) return setImageError('That image is larger than 10 MB. Crop it or save it smaller.');
    try {
      dispatch({ type: 'edit', patch: { screenshot: { name: file.name || 'pasted-screenshot.png', bytes: file.size, dataUrl: await readImage(file) } } });
    } catch {
      setImageError('The image could not be read. Try saving it as a file first.');
    }
  }

  function onPaste(event: ClipboardEvent) {
    const image = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'));
    if (image) {
      event.preventDefault();
      void attach(image);
    }
  }

  return (
    <StepFrame
      step="what"
      blocked={state.blocked}
      intro={<p>Copy the exact message Zoom showed you, including any numbers. We read the error code for you.</p>}
      actions={
        <button type="button" className="primary" onClick={() => dispatch({ type: 'next' })}>
          Next: when
        </button>
      }
    >
      <div className="field" onPaste={onPaste}>
        <label htmlFor="error-text">Error text</label>
        <input id="error-text" value={form.errorText} onChange={(e) => dispatch({ type: 'edit', patch: { errorText: e.target.value } })} placeholder="Call failed (code: 2202400)" aria-describedby="error-code" autoComplete="off" />
        <p className="hint live" id="error-code" aria-live="polite" data-testid="error-code">
          {code
            ? `Error code ${code.code}${code.fullNumber !== code.code ? ` (the last three digits of ${code.fullNumber})` : ''}${code.meaning ? `: ${code.meaning}` : ': not a code we know; support will look it up.'}`
            : 'When the number is long, the last three digits are the code.'}
        </p>
      </div>
      <div className="field">
        <label htmlFor="screenshot">Screenshot (optional)</label>
        <input id="screenshot" type="file" accept="image/png,image/jpeg,image/gif,image/webp" aria-describedby="screenshot-note" onChange={(e) => void attach(e.target.files?.[0])} />
        <p className="hint warning" id="screenshot-note">
          You can also paste a screenshot into the error text box. Images are not redacted: crop out names, numbers and anything private first.
        </p>
        {imageError && (
          <p role="alert" className="error">
            {imageError}
          </p>
        )}
        {form.screenshot && (
          <div className="screenshot">
            <img src={form.screenshot.dataUrl} alt={`Attached screenshot ${form.screenshot.name}`} />
            <button type="button" className="link" onClick={() => dispatch({ type: 'edit', patch: { screenshot: null } })}>
              Remove screenshot
            </button>
          </div>
        )}
      </div>
    </StepFrame>
  );
}
