// The comment form: real text fields over the canvas, so that input methods, mobile keyboards,
// autofill and screen readers work as everywhere else. Validation, drafts and the posted JSON come
// from the core (include/folio/comments.h), through the module.
import { ViewerDialog } from './dialog.js';

export class CommentForm extends ViewerDialog {
  constructor(viewer) {
    super(viewer, { name: 'comment-form', title: 'Add your comment', tag: 'form' });
    this.form = this.box;
    this.form.noValidate = true;
    this.body.innerHTML = `
      <label>Your name <span aria-hidden="true">(required)</span>
        <input name="name" autocomplete="name" required></label>
      <p class="folio-field-error" data-for="name" aria-live="polite"></p>
      <label>Your comment <span aria-hidden="true">(required)</span>
        <textarea name="text" rows="6" required></textarea></label>
      <p class="folio-field-error" data-for="text" aria-live="polite"></p>
      <p class="folio-moderation">Comments are read by a moderator before they appear. Racist, abusive and
        off-topic comments are not published.</p>
      <p class="folio-comment-status" role="status"></p>`;
    this.actions.append(Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Send comment' }));
    this.name = this.body.querySelector('[name=name]');
    this.text = this.body.querySelector('[name=text]');
    this.status = this.body.querySelector('.folio-comment-status');
    const saveDraft = () => viewer._bridge.saveCommentDraft(this.name.value, this.text.value);
    this.name.addEventListener('input', saveDraft);
    this.text.addEventListener('input', saveDraft);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  render() {
    const draft = this.viewer._bridge.commentDraft();
    this.name.value = draft.name;
    this.text.value = draft.text;
    this.showErrors({ nameError: '', textError: '' });
    this.status.textContent = '';
  }

  initialFocus() {
    return this.name.value ? this.text : this.name;
  }

  showErrors(check) {
    for (const [field, message] of [[this.name, check.nameError], [this.text, check.textError]]) {
      field.setAttribute('aria-invalid', message ? 'true' : 'false');
      this.root.querySelector(`[data-for=${field.name}]`).textContent = message;
    }
  }

  // What happens to what the reader typed when it was neither sent nor kept: the truth about the draft.
  whereItStays() {
    if (this.viewer._bridge.commentDraftStored()) {
      return 'Nothing is lost: it stays here, also if you reload, until it is sent.';
    }
    return 'It stays in the form only while this page is open (this browser could not store it): '
      + 'copy it if you want to keep it.';
  }

  async submit() {
    const viewer = this.viewer;
    const core = viewer._bridge;
    const name = this.name.value;
    const text = this.text.value;
    const check = core.checkComment(name, text);
    this.showErrors(check);
    if (!check.ok) {
      (check.nameError ? this.name : this.text).focus();
      return;
    }
    const say = (message, status, detail = {}) => {
      this.status.textContent = message;
      viewer.dispatchEvent(new CustomEvent('comment', { detail: { status, author: name.trim(), ...detail } }));
    };
    if (!viewer._canSendComments()) {
      const kept = core.keepComment(name, text);
      if (!kept) {
        say(`Your comment could not be kept in this browser. ${this.whereItStays()}`, 'failed');
        return;
      }
      say('Comments cannot be sent from this page yet. Yours is kept in this browser, shown as “not sent yet”, '
        + 'and will be sent from here when they can.', 'pending');
      this.text.value = '';
      return;
    }
    const body = core.commentBody(name, text, new Date().toISOString());
    this.status.textContent = 'Sending…';
    try {
      await viewer._sendComment(body);
      core.commentSent();
      this.text.value = '';
      say('Thank you. Your comment will appear once a moderator has approved it.', 'sent');
    } catch (e) {
      // The reader gets plain words; what went wrong goes to the page's developers in the event.
      say(`Your comment could not be sent. ${this.whereItStays()}`, 'failed', { error: String(e?.message ?? e) });
    }
  }
}
