"""Chapter 7 texts: convolutional networks."""

from ..i18n import N_
from . import ExerciseText
from .ch05 import TEXTS as CHAPTER_5

CHAPTER_TITLE = N_("Convolutional networks")

TEXTS = {
    "ch07.im2col": ExerciseText(
        title=N_("im2col and col2im"),
        statement=N_(
            "A convolution slides each filter over the image and takes, at every position, the "
            "dot product of the filter with the window of pixels under it. Written as loops, "
            "that is six nested loops, far too slow in Python. The trick of the book is im2col "
            "(image to columns): copy every window into one row of a matrix; the whole "
            "convolution is then a single matrix product with the filters, which NumPy does "
            "fast.\n"
            "\n"
            "Images are arrays of shape (N, C, H, W): N images of C channels, H rows and W "
            "columns. A filter of FH × FW pixels moved by `stride` pixels at a time, over an "
            "image given a border of `pad` zeros, takes out_h positions down and out_w across.\n"
            "\n"
            "In ch07_cnn/im2col.py, write:\n"
            "- conv_output_size(input_size, filter_size, stride=1, pad=0) = "
            "⌊(input_size + 2·pad − filter_size) / stride⌋ + 1, an integer;\n"
            "- im2col(input_data, filter_h, filter_w, stride=1, pad=0) → an array of shape "
            "(N·out_h·out_w, C·filter_h·filter_w): one row per window, in the book's order — "
            "the windows of the first image first, and for each image along the first output "
            "row, then the second...; inside a row, the window's pixels channel by channel, "
            "then row by row, then column by column (the order in which W.reshape(FN, -1) "
            "reads a filter of shape (FN, C, FH, FW));\n"
            "- col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0) → an array of "
            "shape input_shape: each row of col added back onto the window it came from. Where "
            "windows overlap, the values add up; the padding is cut off at the end. This is "
            "what carries gradients back through a convolution.\n"
            "\n"
            "Do not loop over the images or over the windows: loop over the filter_h × "
            "filter_w positions inside the filter instead, and copy, for each of them, one "
            "strided slice of every image at once, as the book does.\n"
            "\n"
            "Known answers: conv_output_size(28, 5) = 24 and conv_output_size(7, 3, stride=2, "
            "pad=1) = 4. im2col of a (1, 3, 7, 7) input with a 5 × 5 filter has the shape "
            "(9, 75), of a (10, 3, 7, 7) input (90, 75). col2im of a column of ones counts how "
            "many windows cover each pixel: for a (1, 1, 4, 4) image and 3 × 3 windows with "
            "stride 1, it gives [[1, 2, 2, 1], [2, 4, 4, 2], [2, 4, 4, 2], [1, 2, 2, 1]]."
        ),
        hints={
            "output_size": (
                N_("Count the positions of the filter along one axis: its first position "
                   "starts at pixel 0 of the padded input, and it must fit inside entirely."),
                N_("The padded input has input_size + 2·pad pixels. The filter's last position "
                   "can start at pixel input_size + 2·pad − filter_size; positions are stride "
                   "pixels apart, and the first one counts too (+1)."),
                N_("return (input_size + 2 * pad - filter_size) // stride + 1"),
            ),
            "im2col_shape": (
                N_("One row per window, one column per pixel of a window."),
                N_("There are out_h · out_w windows in each of the N images, and each window "
                   "holds C · filter_h · filter_w pixels: the result has that many rows and "
                   "columns, never the transpose."),
                N_("out_h = conv_output_size(H, filter_h, stride, pad); out_w = "
                   "conv_output_size(W, filter_w, stride, pad); return col.transpose(0, 4, 5, "
                   "1, 2, 3).reshape(N * out_h * out_w, -1)  (col of shape (N, C, filter_h, "
                   "filter_w, out_h, out_w))"),
            ),
            "im2col_order": (
                N_("The values are all there; their order is not. The order of the axes "
                   "before the final reshape decides both the order of the rows and the "
                   "order of the columns."),
                N_("reshape reads the axes from left to right, the last one fastest. Rows must "
                   "come from (N, out_h, out_w) in that order, and columns from (C, filter_h, "
                   "filter_w): transpose to (N, out_h, out_w, C, filter_h, filter_w) before "
                   "reshaping."),
                N_("col = np.zeros((N, C, filter_h, filter_w, out_h, out_w)); for y in "
                   "range(filter_h): for x in range(filter_w): col[:, :, y, x] = img[:, :, "
                   "y:y + stride * out_h:stride, x:x + stride * out_w:stride]; return "
                   "col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)"),
            ),
            "stride_pad": (
                N_("With stride 2 the windows start every 2 pixels; with pad 1 the images "
                   "first get a border of zeros one pixel wide."),
                N_("Pad only the last two axes, with np.pad(input_data, [(0, 0), (0, 0), (pad, "
                   "pad), (pad, pad)]). Then the pixel at offset (y, x) of every window is the "
                   "slice img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]: "
                   "out_h rows and out_w columns, stride apart."),
                N_("img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)]); for y "
                   "in range(filter_h): for x in range(filter_w): col[:, :, y, x] = img[:, :, "
                   "y:y + stride * out_h:stride, x:x + stride * out_w:stride]"),
            ),
            "col2im_adds": (
                N_("A pixel that belongs to several windows appears in several rows of col. "
                   "What should happen to all those values?"),
                N_("They add up: col2im carries gradients back, and a pixel that influenced "
                   "several windows receives the gradient of each of them. Write with += into "
                   "the strided slices, not with =."),
                N_("img = np.zeros((N, C, H + 2 * pad, W + 2 * pad)); for y in "
                   "range(filter_h): for x in range(filter_w): img[:, :, y:y + stride * "
                   "out_h:stride, x:x + stride * out_w:stride] += col[:, :, y, x]  (col "
                   "reshaped to (N, out_h, out_w, C, filter_h, filter_w) and transposed to "
                   "(N, C, filter_h, filter_w, out_h, out_w))"),
            ),
            "col2im_crop": (
                N_("col2im returns images of input_shape, the shape im2col was given."),
                N_("Work on a padded image of shape (N, C, H + 2·pad, W + 2·pad), so that every "
                   "slice fits; at the end, cut off the border of pad pixels on each side."),
                N_("col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, "
                   "4, 5, 1, 2); add the slices into img as im2col read them; return img[:, :, "
                   "pad:H + pad, pad:W + pad]"),
            ),
        },
    ),
    "ch07.conv_layers": ExerciseText(
        title=N_("Convolution and pooling layers"),
        statement=N_(
            "With im2col, the two new layers of a convolutional network take a few lines each. "
            "Both work on images of shape (N, C, H, W) and have the forward and backward "
            "methods of chapter 5.\n"
            "\n"
            "In ch07_cnn/conv_layers.py, write:\n"
            "- Convolution(W, b, stride=1, pad=0), with FN filters W of shape (FN, C, FH, FW) "
            "and one bias per filter, b of shape (FN,), kept as they are (not copied: training "
            "changes them in place). forward(x) returns (N, FN, out_h, out_w): for each filter "
            "and each window, the dot product of the filter with the window, plus the filter's "
            "bias. With im2col, that is col = im2col(x, FH, FW, stride, pad), of shape "
            "(N·out_h·out_w, C·FH·FW), times the filters as columns, W.reshape(FN, -1).T, plus "
            "b; the product has one row per window and one column per filter: reshape it to "
            "(N, out_h, out_w, FN) and transpose it to (N, FN, out_h, out_w). The filters are "
            "not flipped (this is what signal processing calls a cross-correlation). "
            "backward(dout) takes dout of the output's shape, keeps dW (W's shape) and db "
            "(FN,), and returns dx of x's shape: the product rule of Affine on the im2col "
            "matrix, then col2im to add each window's gradient back onto its pixels. Every "
            "filter is used at every position of every image, so dW and db add up the "
            "gradients of all the windows.\n"
            "- Pooling(pool_h, pool_w, stride=2, pad=0): max pooling, channel by channel. "
            "forward(x) returns (N, C, out_h, out_w), the largest value of each pool_h × pool_w "
            "window, and remembers where it was (the first one, as np.argmax, when it appears "
            "more than once). backward(dout) returns dx of x's shape: only the maximum of a "
            "window went on, so only its position receives the window's gradient, the other "
            "pixels 0; where windows overlap (stride smaller than the window), what they send "
            "adds up.\n"
            "\n"
            "The grader compares your layers with the reference and with a convolution written "
            "straight from its definition, and every gradient with central differences of "
            "forward, on random images with several strides and paddings (pooling without "
            "padding). While this exercise is graded, im2col and col2im are the reference "
            "versions.\n"
            "\n"
            "Known answers: Convolution with 30 filters of shape (1, 5, 5) turns a batch of "
            "MNIST images, (100, 1, 28, 28), into (100, 30, 24, 24); Pooling(2, 2, stride=2) "
            "turns that into (100, 30, 12, 12). Max pooling of [[1, 3], [2, 3]] gives 3, and "
            "backward from 1 gives [[0, 1], [0, 0]]: the first 3 only."
        ),
        hints={
            "conv_forward": (
                N_("A convolution is a matrix product in disguise: one row per window, one "
                   "column per filter."),
                N_("im2col gives the windows as rows, (N·out_h·out_w, C·FH·FW). "
                   "W.reshape(FN, -1) puts each filter in one row of the same length: "
                   "transpose it to make the filters columns, multiply, and add b to every "
                   "row."),
                N_("col = im2col(x, FH, FW, self.stride, self.pad); col_W = "
                   "self.W.reshape(FN, -1).T; out = col @ col_W + self.b; return "
                   "out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)"),
            ),
            "conv_layout": (
                N_("The output of a convolution is one map per filter: (N, FN, out_h, out_w)."),
                N_("The rows of the product follow im2col's order, (image, output row, output "
                   "column), and its columns are the filters. So reshape to (N, out_h, out_w, "
                   "FN) first; only then move the filter axis into second place."),
                N_("out = col @ col_W + self.b; return out.reshape(N, out_h, out_w, "
                   "-1).transpose(0, 3, 1, 2)"),
            ),
            "conv_stride_pad": (
                N_("stride and pad change how many windows there are, and where."),
                N_("Give self.stride and self.pad to im2col, and compute out_h and out_w with "
                   "them: out_h = (H + 2·pad − FH) // stride + 1."),
                N_("out_h = 1 + (H + 2 * self.pad - FH) // self.stride; out_w = 1 + (W + 2 * "
                   "self.pad - FW) // self.stride; col = im2col(x, FH, FW, self.stride, "
                   "self.pad)"),
            ),
            "conv_backward": (
                N_("Backward runs forward's steps in reverse order: the transpose and reshape, "
                   "the product with the filters, then im2col."),
                N_("Turn dout back into the product's layout, (N·out_h·out_w, FN), with "
                   "transpose(0, 2, 3, 1) then reshape. As for Affine, dcol = dout @ "
                   "col_W.T; then col2im adds each row back onto its window, giving dx the "
                   "shape of x. Keep x's shape (or x) and col_W from forward."),
                N_("dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN); dcol = dout @ "
                   "self.col_W.T; return col2im(dcol, self.x.shape, FH, FW, self.stride, "
                   "self.pad)"),
            ),
            "conv_params_grad": (
                N_("dW and db come from the same rule as Affine's, on the im2col matrix."),
                N_("With dout in the layout (N·out_h·out_w, FN): dW = col.T @ dout has shape "
                   "(C·FH·FW, FN), one column per filter; transpose it to (FN, C·FH·FW) and "
                   "reshape it to W's shape. Keep col from forward."),
                N_("self.db = np.sum(dout, axis=0); self.dW = (self.col.T @ "
                   "dout).transpose(1, 0).reshape(FN, C, FH, FW)"),
            ),
            "conv_db": (
                N_("Each filter has one bias, added at every position of every image."),
                N_("So db holds one number per filter: the sum of dout over the images and "
                   "over the output positions (the sum, not the mean). In the layout "
                   "(N·out_h·out_w, FN), that is a sum over the rows."),
                N_("dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN); self.db = "
                   "np.sum(dout, axis=0)  (shape (FN,))"),
            ),
            "pool_max": (
                N_("Max pooling keeps the largest value of each window, not the mean."),
                N_("im2col(x, pool_h, pool_w, stride, pad) gives each window of all the "
                   "channels in one row; reshape it to (-1, pool_h·pool_w) to get one window "
                   "of one channel per row, then take the maximum of each row."),
                N_("col = im2col(x, self.pool_h, self.pool_w, self.stride, "
                   "self.pad).reshape(-1, self.pool_h * self.pool_w); self.arg_max = "
                   "np.argmax(col, axis=1); out = np.max(col, axis=1); return out.reshape(N, "
                   "out_h, out_w, C).transpose(0, 3, 1, 2)"),
            ),
            "pool_layout": (
                N_("The maxima are right but not where they should be: the order of the axes "
                   "is the issue."),
                N_("After reshape(-1, pool_h·pool_w), the rows are ordered (image, output row, "
                   "output column, channel), because im2col's columns go channel by channel. "
                   "Reshape the maxima to (N, out_h, out_w, C), then transpose to (N, C, "
                   "out_h, out_w)."),
                N_("out = np.max(col, axis=1); return out.reshape(N, out_h, out_w, "
                   "C).transpose(0, 3, 1, 2)"),
            ),
            "pool_windows": (
                N_("Your pooling works with 2 × 2 windows and stride 2; it must work with "
                   "any window and any stride."),
                N_("Do not rely on the window tiling the image: with stride 1, windows "
                   "overlap; with a 3 × 3 window and stride 2, they do too. im2col handles "
                   "every case, and out_h = (H − pool_h) // stride + 1."),
                N_("out_h = (H - self.pool_h) // self.stride + 1; col = im2col(x, self.pool_h, "
                   "self.pool_w, self.stride, self.pad).reshape(-1, self.pool_h * "
                   "self.pool_w); out = np.max(col, axis=1)"),
            ),
            "pool_backward": (
                N_("Pooling's backward is forward's steps in reverse: one row per window, "
                   "then col2im."),
                N_("Make a zero array dmax of shape (number of windows, pool_h·pool_w); in "
                   "each row, put that window's dout at the position forward remembered "
                   "(arg_max). Reshape dmax to im2col's layout, (N·out_h·out_w, C·pool_h·"
                   "pool_w), and col2im gives dx."),
                N_("dout = dout.transpose(0, 2, 3, 1); dmax = np.zeros((dout.size, pool_size)); "
                   "dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = "
                   "dout.flatten(); dcol = dmax.reshape(N * out_h * out_w, -1); return "
                   "col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, "
                   "self.pad)"),
            ),
            "pool_argmax": (
                N_("Which pixels of a window changed the output of forward?"),
                N_("Only the maximum was passed on: a small change of any other pixel changes "
                   "nothing. So the gradient of a window goes entirely to the position of its "
                   "maximum, remembered in forward with np.argmax, and the other pixels get "
                   "0."),
                N_("forward: self.arg_max = np.argmax(col, axis=1). backward: "
                   "dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = "
                   "dout.flatten()"),
            ),
            "pool_ties": (
                N_("What happens when a window holds its maximum twice, as after a ReLU, "
                   "where many values are exactly 0?"),
                N_("Only one copy was passed on, so only one position gets the gradient: the "
                   "first, the one np.argmax returns. A mask such as x == max would give it "
                   "to every copy and count it twice."),
                N_("self.arg_max = np.argmax(col, axis=1) in forward, then in backward "
                   "dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = "
                   "dout.flatten()"),
            ),
        },
    ),
    "ch07.simple_convnet": ExerciseText(
        title=N_("A simple convolutional network"),
        statement=N_(
            "The network of the book's chapter 7: a convolution layer learns filters that "
            "look for small patterns anywhere in the image, a ReLU keeps what they found, and "
            "a max pooling keeps the strongest answer of each 2 × 2 neighbourhood; then two "
            "Affine layers, as in chapter 5, decide which digit it is.\n"
            "\n"
            "In ch07_cnn/simple_convnet.py, write the class SimpleConvNet(input_dim=(1, 28, "
            "28), conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1}, "
            "hidden_size=100, output_size=10, weight_init_std=0.01, seed=None):\n"
            "- params: W1 of shape (filter_num, C, filter_size, filter_size) and b1 "
            "(filter_num,) for the convolution; W2 (pooled, hidden_size) and b2; W3 "
            "(hidden_size, output_size) and b3. The convolution gives maps of conv_h × conv_w "
            "(conv_output_size); the pooling halves each side, rounding down, so pooled = "
            "filter_num · ⌊conv_h / 2⌋ · ⌊conv_w / 2⌋. Weights from N(0, weight_init_std²) "
            "drawn by np.random.default_rng(seed), biases 0;\n"
            "- the layers Convolution(W1, b1, stride, pad) → Relu → Pooling(2, 2, stride=2) → "
            "Affine(W2, b2) → Relu → Affine(W3, b3), built on the very arrays of params, and "
            "a last layer SoftmaxWithLoss. Affine flattens each image's maps into one row by "
            "itself;\n"
            "- predict(x) for images x of shape (N, C, H, W): the scores (N, output_size), "
            "before the softmax; loss(x, t); accuracy(x, t, batch_size=100), counted "
            "batch_size images at a time (im2col of 10,000 images at once would need "
            "gigabytes); numerical_gradient(x, t) and gradient(x, t) as in chapter 5, with "
            "the six keys W1, b1, W2, b2, W3, b3.\n"
            "\n"
            "Known answers: with the defaults, W1 has the shape (30, 1, 5, 5) and W2 (4320, "
            "100): 30 maps of 24 × 24, pooled to 12 × 12, give 30 · 12 · 12 = 4320 values per "
            "image. With input_dim=(1, 10, 10) and 3 filters of 3 × 3, W2 has 3 · 4 · 4 = 48 "
            "rows.\n"
            "\n"
            "The grader writes random parameters into your params and compares predict, loss "
            "and accuracy with its own network written out in NumPy, then every entry of both "
            "gradients with central differences of the loss, on small networks (every "
            "convolution there gives maps with an even side, as the book's code expects). "
            "While this exercise is graded, your layers of chapter 5 and of this chapter are "
            "replaced by the reference versions."
        ),
        hints={
            "param_shapes": (
                N_("Follow an image through the layers and count what comes out of each."),
                N_("The convolution gives filter_num maps of conv_h × conv_w, with conv_h = "
                   "conv_output_size(H, filter_size, stride, pad). The pooling halves both "
                   "sides. W2 must take all of those values: filter_num · (conv_h // 2) · "
                   "(conv_w // 2) rows."),
                N_("conv_h = conv_output_size(input_dim[1], filter_size, stride, pad); conv_w "
                   "= conv_output_size(input_dim[2], filter_size, stride, pad); pooled = "
                   "filter_num * (conv_h // 2) * (conv_w // 2); self.params['W1'] = "
                   "weight_init_std * rng.standard_normal((filter_num, input_dim[0], "
                   "filter_size, filter_size)); self.params['W2'] = weight_init_std * "
                   "rng.standard_normal((pooled, hidden_size)); self.params['W3'] = "
                   "weight_init_std * rng.standard_normal((hidden_size, output_size))"),
            ),
            "init": (
                N_("Start as in chapter 5: small random weights, zero biases."),
                N_("Draw the weights with rng = np.random.default_rng(seed), standard normal "
                   "values times weight_init_std; the biases are np.zeros of the right "
                   "length."),
                N_("rng = np.random.default_rng(seed); self.params = {'W1': weight_init_std * "
                   "rng.standard_normal((filter_num, C, filter_size, filter_size)), 'b1': "
                   "np.zeros(filter_num), ...}"),
            ),
            "shared_params": (
                N_("A training step changes net.params in place. Do your layers notice?"),
                N_("Give each layer the very arrays of self.params, not copies (no .copy(), "
                   "no np.array(...)): then the layers compute with the weights as they are "
                   "now."),
                N_("self.layers = [Convolution(self.params['W1'], self.params['b1'], stride, "
                   "pad), Relu(), Pooling(2, 2, stride=2), Affine(self.params['W2'], "
                   "self.params['b2']), Relu(), Affine(self.params['W3'], self.params['b3'])]"),
            ),
            "predict": (
                N_("predict is the layers' forward methods, one after the other, and nothing "
                   "more."),
                N_("Convolution, Relu, Pooling, Affine, Relu, Affine: each output is the next "
                   "input. Affine flattens the pooled maps itself. Stop before the softmax, "
                   "which belongs to the last layer."),
                N_("for layer in self.layers: x = layer.forward(x); return x"),
            ),
            "loss": (
                N_("The loss is the last layer's job, on the scores of predict."),
                N_("SoftmaxWithLoss's forward takes the scores and the targets, one-hot or "
                   "labels, and returns one number: the mean cross-entropy."),
                N_("return self.last_layer.forward(self.predict(x), t)"),
            ),
            "accuracy": (
                N_("The network's answer for an image is the class with the highest score."),
                N_("Turn a one-hot t into labels with argmax. Then, batch_size images at a "
                   "time, count the images whose highest score is the right class; divide "
                   "the count by the number of images."),
                N_("if t.ndim != 1: t = np.argmax(t, axis=1); right = 0; for i in range(0, "
                   "len(x), batch_size): y = np.argmax(self.predict(x[i:i + batch_size]), "
                   "axis=1); right += np.sum(y == t[i:i + batch_size]); return right / "
                   "len(x)"),
            ),
            "net_gradient": (
                N_("This is chapter 5's numerical gradient, over six parameters now."),
                N_("Give numerical_gradient a function of the weights that returns the loss; "
                   "it can ignore its argument, since numerical_gradient changes "
                   "self.params[key] itself."),
                N_("loss_w = lambda w: self.loss(x, t); return {key: numerical_gradient("
                   "loss_w, self.params[key]) for key in self.params}"),
            ),
            "backprop": (
                N_("Backpropagation is forward once, then backward through the same layers in "
                   "reverse order."),
                N_("Call self.loss(x, t) first, then start from dout = "
                   "self.last_layer.backward(1) and hand each layer's result to the layer "
                   "before it. Then read dW and db from the Convolution (W1, b1), the first "
                   "Affine (W2, b2) and the second (W3, b3)."),
                N_("self.loss(x, t); dout = self.last_layer.backward(1); for layer in "
                   "reversed(self.layers): dout = layer.backward(dout); conv, affine1, affine2 "
                   "= self.layers[0], self.layers[3], self.layers[5]; return {'W1': conv.dW, "
                   "'b1': conv.db, 'W2': affine1.dW, 'b2': affine1.db, 'W3': affine2.dW, "
                   "'b3': affine2.db}"),
            ),
        },
    ),
    "ch07.train_convnet": ExerciseText(
        title=N_("Training the convolutional network on MNIST"),
        statement=N_(
            "The book's last experiment: your SimpleConvNet learns to read the handwritten "
            "digits of MNIST with Adam, and passes 98.5 % on the test images, where the "
            "two-layer network of chapter 5 stopped near 97.5 %.\n"
            "\n"
            "In ch07_cnn/train_convnet.py, write train_convnet(*, epochs=8, batch_size=100, "
            "learning_rate=0.001, train_size=None, seed=0, data_dir=None), which:\n"
            "- loads the data as images with load_mnist(data_dir, flatten=False) from "
            "grader.datasets: x of shape (N, 1, 28, 28), pixels in [0, 1], t as labels 0-9; "
            "it keeps only the first train_size training images (all 60,000 when None);\n"
            "- builds SimpleConvNet(seed=seed) with its default sizes and "
            "Adam(lr=learning_rate), the optimizer of chapter 6;\n"
            "- trains for epochs epochs of len(x_train) // batch_size updates each: for each "
            "update, a mini-batch of batch_size images, network.gradient on it, then "
            "optimizer.update(network.params, grads); the loss of every mini-batch goes into "
            "history['loss'];\n"
            "- after each epoch, measures the accuracy on the first 1,000 training images and "
            "the first 1,000 test images, into history['train_acc'] and history['test_acc'] "
            "(the book's Trainer measures at the start of each epoch instead: that is accepted "
            "too). A whole pass over the 70,000 images would cost about a third of an epoch;\n"
            "- returns (network, history).\n"
            "\n"
            "The grader runs your function twice with its own settings. First 2 epochs of a "
            "few thousand images in batches of 50, with learning_rate=0.004: it then measures "
            "the accuracy itself, with the weights you return, on the 10,000 test images; at "
            "least 93 % is needed (the reference reaches about 96 %). It also reads the "
            "history: one loss per update, falling; one training and one test accuracy per "
            "epoch; the last test accuracy no higher than what it measures. Then a single "
            "update of 25 images: Adam's first step moves every parameter by about the "
            "learning rate, so every bias of the output layer, which starts at 0, must end at "
            "plus or minus the learning rate.\n"
            "\n"
            "With its defaults (4 epochs of the 60,000 images), the reference recognises "
            "about 98.8 % of the test images. `grade plot ch07.train_convnet` draws your "
            "learning curves, a confusion matrix and the filters of the first layer before "
            "and after training."
        ),
        hints={
            "return_value": (
                N_("train_convnet returns two things: the network it trained, and the history "
                   "of the training."),
                N_("The first value must be the SimpleConvNet object itself, with its default "
                   "sizes (the grader reads its params); the second a dict with the lists "
                   "loss, train_acc and test_acc."),
                N_("network = SimpleConvNet(seed=seed); history = {'loss': [], 'train_acc': "
                   "[], 'test_acc': []}; ... return network, history"),
            ),
            "training_loop": (
                N_("Check that every setting of train_convnet reaches the loop: train_size, "
                   "epochs, batch_size, learning_rate."),
                N_("Each update takes a batch of batch_size images with their own labels, "
                   "computes grads = network.gradient(x_batch, t_batch), then calls "
                   "optimizer.update(network.params, grads), which changes the very arrays "
                   "the layers use."),
                N_("optimizer = Adam(lr=learning_rate); for epoch in range(epochs): order = "
                   "rng.permutation(len(x_train)); for i in range(per_epoch): batch = "
                   "order[i * batch_size:(i + 1) * batch_size]; grads = "
                   "network.gradient(x_train[batch], t_train[batch]); "
                   "optimizer.update(network.params, grads)"),
            ),
            "history": (
                N_("One loss per update, one training and one test accuracy per epoch."),
                N_("An epoch is len(x_train) // batch_size updates, where x_train holds only "
                   "the first train_size images. Append the loss inside the loop of updates, "
                   "the accuracies once per epoch, outside it."),
                N_("per_epoch = len(x_train) // batch_size; for epoch in range(epochs): for i "
                   "in range(per_epoch): ...; history['loss'].append(float(loss)); then "
                   "history['train_acc'].append(network.accuracy(x_train[:1000], "
                   "t_train[:1000])); history['test_acc'].append(network.accuracy(x_test[:1000], "
                   "t_test[:1000]))"),
            ),
            "loss_falls": (
                N_("When the loss does not fall, the network is not learning from the right "
                   "examples, or not learning at all."),
                N_("Each image must keep its own label: draw one set of indices and use it for "
                   "both x and t. The optimizer must be Adam, updating network.params itself, "
                   "with the learning rate given."),
                N_("batch = order[i * batch_size:(i + 1) * batch_size]; grads = "
                   "network.gradient(x_train[batch], t_train[batch]); "
                   "optimizer.update(network.params, grads)"),
            ),
            "honest_history": (
                N_("The accuracies in the history must describe the network you return."),
                N_("Return the very network that was trained: do not build a second "
                   "SimpleConvNet after training. Measure test_acc on x_test and t_test."),
                N_("network = SimpleConvNet(seed=seed); ... (train it) ...; "
                   "history['test_acc'].append(network.accuracy(x_test[:1000], "
                   "t_test[:1000])); return network, history"),
            ),
            "optimizer": (
                N_("This chapter trains with Adam, not with plain gradient descent."),
                N_("Make one Adam(lr=learning_rate) before the loop (it keeps its moments "
                   "from one update to the next) and let it change the parameters: "
                   "optimizer.update(network.params, grads), once per mini-batch."),
                N_("from ..ch06_techniques.optimizers import Adam; optimizer = "
                   "Adam(lr=learning_rate); for each mini-batch: grads = network.gradient("
                   "x_batch, t_batch); optimizer.update(network.params, grads)"),
            ),
            "speed": (
                N_("A training run of a few hundred updates should take seconds, not minutes."),
                N_("Use only the first train_size images, make epochs × (train_size // "
                   "batch_size) updates, and measure the accuracies on 1,000 images of each "
                   "set. If it is still slow, look for Python loops over images or windows in "
                   "your layers: im2col and col2im loop over the filter's offsets only."),
                N_("x_train, t_train = x_train[:train_size], t_train[:train_size]; per_epoch = "
                   "len(x_train) // batch_size; ... network.accuracy(x_test[:1000], "
                   "t_test[:1000])"),
            ),
            "get_mnist": CHAPTER_5["ch05.train_mnist"].hints["get_mnist"],
        },
    ),
}
