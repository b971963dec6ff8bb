/** Step 1: the exact error text with its code read live, and an optional screenshot (not redacted). */
import { useState, type ClipboardEvent, type Dispatch } from 'react';
import { readErrorCode } from '../../../src-shared/error-code.js';
import { cleanImage, MAX_IMAGE_BYTES } from '../../common/clean-image.js';
import { policyMarks } from '../../../src-shared/form-policy.js';
import { PolicyMark } from '../../common/PolicyMark.js';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';

/** The attached file's name with the extension of what it was re-encoded as. */
function cleanName(name: string, type: string): string {
  const base = (name || 'pasted-screenshot').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${base}.${type === 'image/jpeg' ? 'jpg' : 'png'}`;
}

/** What the live hint under the error text says of the code read from it. */
function codeHint(code: ReturnType<typeof readErrorCode>): string {
  if (!code) return 'When the number is long, the last three digits are the code.';
  return `Error code ${code.code}${code.fullNumber !== code.code ? ` (the last three digits of ${code.fullNumber})` : ''}${code.meaning ? `: ${code.meaning}` : ': not a code we know; support will look it up.'}`;
}

/** Attaching a screenshot: checked, re-encoded from its pixels, then put in the form; or why not. */
function useScreenshot(dispatch: Dispatch<WizardAction>) {
  const [imageError, setImageError] = useState<string | null>(null);
  async function attach(file: File | undefined | null) {
    setImageError(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) return setImageError('That file is not an image. Choose a PNG or JPEG screenshot.');
    // Decoding works on any size; a big photo usually shrinks once re-encoded, so the cap is on the result.
    if (file.size > 4 * MAX_IMAGE_BYTES) return setImageError('That image is larger than 10 MB. Crop it or save it smaller.');
    try {
      // Re-encoded from its pixels: location and camera details hidden in the file do not travel.
      const clean = await cleanImage(file);
      dispatch({ type: 'edit', patch: { screenshot: { name: cleanName(file.name, clean.type), bytes: clean.bytes, dataUrl: clean.dataUrl } } });
    } catch (error) {
      setImageError(error instanceof RangeError ? 'That image is larger than 10 MB. Crop it or save it smaller.' : 'The image could not be read. Try saving it as a file first.');
    }
  }
  return { imageError, setImageError, attach };
}

export function WhatHappenedStep({ state, dispatch, onCollectNow }: { state: WizardState; dispatch: Dispatch<WizardAction>; onCollectNow(): void }) {
  const { form } = state;
  const code = readErrorCode(form.errorText);
  const { imageError, setImageError, attach } = useScreenshot(dispatch);
  const screenshotMark = policyMarks(state.policy).screenshot;

  function onPaste(event: ClipboardEvent) {
    const image = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'));
    if (image) {
      event.preventDefault();
      if (screenshotMark) setImageError('Your organisation does not allow screenshots in bundles.');
      else void attach(image);
    }
  }

  return (
    <StepFrame
      step="what"
      blocked={state.blocked}
      intro={
        <p>
          Paste the exact message Zoom showed you if you have it, then create the bundle: nothing is saved before you have seen what it holds. Answering a few questions first helps
          support look in the right place.
        </p>
      }
      actions={
        <>
          <button type="button" onClick={() => dispatch({ type: 'next' })}>
            Answer a few questions first
          </button>
          <button type="button" className="primary" onClick={onCollectNow}>
            Create support bundle now
          </button>
        </>
      }
    >
      <div className="field" onPaste={onPaste}>
        <label htmlFor="error-text">Error text (optional)</label>
        <input id="error-text" value={form.errorText} onChange={(e) => dispatch({ type: 'edit', patch: { errorText: e.target.value } })} placeholder="Call failed (code: 2202400)" aria-describedby="error-code" autoComplete="off" />
        <p className="hint live" id="error-code" aria-live="polite" data-testid="error-code">
          {codeHint(code)}
        </p>
      </div>
      <div className="field">
        <label htmlFor="screenshot">Screenshot (optional)</label>
        <input
          id="screenshot"
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          disabled={Boolean(screenshotMark)}
          aria-describedby={screenshotMark ? 'screenshot-policy' : 'screenshot-note'}
          onChange={(e) => void attach(e.target.files?.[0])}
        />
        {screenshotMark ? (
          <PolicyMark id="screenshot-policy" text={screenshotMark} testId="policy-mark-screenshot" />
        ) : (
          <p className="hint warning" id="screenshot-note">
            You can also paste a screenshot into the error text box. Images are not redacted: crop out names, numbers and anything private first.
          </p>
        )}
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
