"""The sandbox's route handlers, one small async function per operation, over the `Sandbox` state."""
