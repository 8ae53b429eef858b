"""One function per thing a user does; progress as a callback, cancellation as a token."""
