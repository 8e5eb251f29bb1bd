"""Chapter 6: learning techniques — optimizers, weight initialisation, batch normalization,
dropout, weight decay, and a network deep enough to need them."""
