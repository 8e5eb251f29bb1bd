"""Chapter 5: backpropagation — computational graphs, layers with forward and backward, a
two-layer network trained on MNIST."""
