// The draws numpy's shared samplers are built on. numpy's gamma, Poisson and binomial algorithms are
// the same code for the legacy RandomState and the Generator; what differs is where the uniform,
// normal and exponential deviates come from (the legacy polar Gauss and -log(1 - U), or the
// Generator's ziggurats on PCG64). Each side supplies them through this one interface.

/** A source of the three deviates numpy's shared samplers draw. */
export interface Draws {
  /** A uniform double in [0, 1). */
  randomDouble(): number;
  /** A standard normal deviate. */
  gauss(): number;
  /** A standard exponential deviate. */
  standardExponential(): number;
}
