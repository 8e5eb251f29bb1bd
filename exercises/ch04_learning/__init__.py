"""Chapter 4: learning from data — loss functions, numerical gradients, a two-layer network
and a mini-batch training loop."""
