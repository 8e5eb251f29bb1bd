"""Chapter 7: convolutional networks — im2col, convolution and pooling layers, a small CNN
trained on MNIST."""
