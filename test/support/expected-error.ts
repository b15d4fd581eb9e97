// The error a test expects, checked to be of the expected class so the test can look at its
// code, kind or message. Anything else thrown fails the test as it was thrown; nothing thrown
// fails it too.

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** The `type` error that `run` throws. */
export function thrown<E extends Error>(type: ErrorClass<E>, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The `type` error that `promise` rejects with. */
export async function rejection<E extends Error>(type: ErrorClass<E>, promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
