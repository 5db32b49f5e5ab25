// What jsdom lacks and Designsystemet uses: <dialog>'s methods (Dialog opens with showModal()) and
// document.getAnimations (the spinner of a loading Button). Import in tests that meet them.
const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
if (typeof proto.showModal !== 'function') {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.show = proto.showModal;
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
if (typeof document.getAnimations !== 'function') document.getAnimations = () => [];
