"""Chapter 7 texts: convolutional networks. The last rung of every hint is the code of the
answer (the reference's own statements), the same in every language: it is not marked for
translation."""

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
            "- conv_output_size(input_size, filter_size, stride=1, pad=0) = ⌊(input_size + 2·pad "
            "− filter_size) / stride⌋ + 1, an integer;\n"
            "- im2col(input_data, filter_h, filter_w, stride=1, pad=0) → an array of shape "
            "(N·out_h·out_w, C·filter_h·filter_w): one row per window, in the book's order — the "
            "windows of the first image first, and for each image along the first output row, "
            "then the second...; inside a row, the window's pixels channel by channel, then row "
            "by row, then column by column (the order in which W.reshape(FN, -1) reads a filter "
            "of shape (FN, C, FH, FW));\n"
            "- col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0) → an array of shape "
            "input_shape: each row of col added back onto the window it came from. Where windows "
            "overlap, the values add up; the padding is cut off at the end. This is what carries "
            "gradients back through a convolution.\n"
            "\n"
            "Do not loop over the images or over the windows: loop over the filter_h × filter_w "
            "positions inside the filter instead, and copy, for each of them, one strided slice "
            "of every image at once, as the book does.\n"
            "\n"
            "Known answers: conv_output_size(28, 5) = 24 and conv_output_size(7, 3, stride=2, "
            "pad=1) = 4. im2col of a (1, 3, 7, 7) input with a 5 × 5 filter has the shape (9, "
            "75), of a (10, 3, 7, 7) input (90, 75). col2im of a column of ones counts how many "
            "windows cover each pixel: for a (1, 1, 4, 4) image and 3 × 3 windows with stride 1, "
            "it gives [[1, 2, 2, 1], [2, 4, 4, 2], [2, 4, 4, 2], [1, 2, 2, 1]]."
        ),
        hints={
            "output_size": (
                N_(
                    "Count the positions of the filter along one axis: its first position starts "
                    "at pixel 0 of the padded input, and it must fit inside entirely."
                ),
                N_(
                    "The padded input has input_size + 2·pad pixels. The filter's last position "
                    "can start at pixel input_size + 2·pad − filter_size; positions are stride "
                    "pixels apart, and the first one counts too (+1)."
                ),
                """return (input_size + 2 * pad - filter_size) // stride + 1""",
            ),
            "im2col_shape": (
                N_("One row per window, one column per pixel of a window."),
                N_(
                    "There are out_h · out_w windows in each of the N images, and each window "
                    "holds C · filter_h · filter_w pixels: the result has that many rows and "
                    "columns, never the transpose."
                ),
                """\
n, c, h, w = input_data.shape
out_h = conv_output_size(h, filter_h, stride, pad)
out_w = conv_output_size(w, filter_w, stride, pad)
col = np.empty((n, out_h, out_w, c, filter_h, filter_w), dtype=img.dtype)
...
return col.reshape(n * out_h * out_w, -1)""",
            ),
            "im2col_order": (
                N_(
                    "The values are all there; their order is not. The order of the axes before "
                    "the final reshape decides both the order of the rows and the order of the "
                    "columns."
                ),
                N_(
                    "reshape reads the axes from left to right, the last one fastest. Rows must "
                    "come from (N, out_h, out_w) in that order, and columns from (C, filter_h, "
                    "filter_w): transpose to (N, out_h, out_w, C, filter_h, filter_w) before "
                    "reshaping."
                ),
                """\
col = np.empty((n, out_h, out_w, c, filter_h, filter_w), dtype=img.dtype)
for y in range(filter_h):
    for x in range(filter_w):
        seen = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
        col[..., y, x] = seen.transpose(0, 2, 3, 1)  # (N, out_h, out_w, C)
return col.reshape(n * out_h * out_w, -1)""",
            ),
            "stride_pad": (
                N_(
                    "With stride 2 the windows start every 2 pixels; with pad 1 the images first "
                    "get a border of zeros one pixel wide."
                ),
                N_(
                    "Pad only the last two axes, with np.pad(input_data, [(0, 0), (0, 0), (pad, "
                    "pad), (pad, pad)]). Then the pixel at offset (y, x) of every window is the "
                    "slice img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]: "
                    "out_h rows and out_w columns, stride apart."
                ),
                """\
img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
for y in range(filter_h):
    for x in range(filter_w):
        seen = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
        col[..., y, x] = seen.transpose(0, 2, 3, 1)""",
            ),
            "col2im_adds": (
                N_(
                    "A pixel that belongs to several windows appears in several rows of col. "
                    "What should happen to all those values?"
                ),
                N_(
                    "They add up: col2im carries gradients back, and a pixel that influenced "
                    "several windows receives the gradient of each of them. Write with += into "
                    "the strided slices, not with =."
                ),
                """\
img = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=col.dtype)
for y in range(filter_h):
    for x in range(filter_w):
        seen = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
        seen += col[..., y, x].transpose(0, 3, 1, 2)  # (N, C, out_h, out_w)""",
            ),
            "col2im_crop": (
                N_("col2im returns images of input_shape, the shape im2col was given."),
                N_(
                    "Work on a padded image of shape (N, C, H + 2·pad, W + 2·pad), so that every "
                    "slice fits; at the end, cut off the border of pad pixels on each side."
                ),
                """\
col = col.reshape(n, out_h, out_w, c, filter_h, filter_w)
img = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=col.dtype)
...
return img[:, :, pad:pad + h, pad:pad + w]""",
            ),
            "interface": (
                N_(
                    "The grader calls conv_output_size, im2col and col2im with the parameters of "
                    "the statement, some of them by name (stride=..., pad=...): another name or "
                    "one more required parameter makes the call fail before your code runs."
                ),
                N_("Keep the names and the defaults of the statement: stride=1 and pad=0."),
                """\
def conv_output_size(input_size, filter_size, stride=1, pad=0): ...
def im2col(input_data, filter_h, filter_w, stride=1, pad=0): ...
def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0): ...""",
            ),
        },
    ),
    "ch07.conv_layers": ExerciseText(
        title=N_("Convolution and pooling layers"),
        statement=N_(
            "With im2col, the two new layers of a convolutional network take a few lines each. "
            "Both work on images of shape (N, C, H, W) and have the forward and backward methods "
            "of chapter 5.\n"
            "\n"
            "In ch07_cnn/conv_layers.py, write:\n"
            "- Convolution(W, b, stride=1, pad=0), with FN filters W of shape (FN, C, FH, FW) "
            "and one bias per filter, b of shape (FN,), kept as they are (not copied: training "
            "changes them in place). forward(x) returns (N, FN, out_h, out_w): for each filter "
            "and each window, the dot product of the filter with the window, plus the filter's "
            "bias. With im2col, that is col = im2col(x, FH, FW, stride, pad), of shape "
            "(N·out_h·out_w, C·FH·FW), times the filters as columns, W.reshape(FN, -1).T, plus "
            "b; the product has one row per window and one column per filter: reshape it to (N, "
            "out_h, out_w, FN) and transpose it to (N, FN, out_h, out_w). The filters are not "
            "flipped (this is what signal processing calls a cross-correlation). backward(dout) "
            "takes dout of the output's shape, keeps dW (W's shape) and db (FN,), and returns dx "
            "of x's shape: the product rule of Affine on the im2col matrix, then col2im to add "
            "each window's gradient back onto its pixels. Every filter is used at every position "
            "of every image, so dW and db add up the gradients of all the windows.\n"
            "- Pooling(pool_h, pool_w, stride=2, pad=0): max pooling, channel by channel. "
            "forward(x) returns (N, C, out_h, out_w), the largest value of each pool_h × pool_w "
            "window, and remembers where it was (the first one, as np.argmax, when it appears "
            "more than once). The book builds it on im2col too (one window of one channel per "
            "row, then np.max and np.argmax along the rows); copying the windows is not needed, "
            "though: for each offset (y, x) inside the window, the strided slice of x that "
            "starts at row y and column x, with a step of stride, holds the pixel at that offset "
            "of every window, and the output is the elementwise maximum of these pool_h · pool_w "
            "slices. Either way is accepted. backward(dout) returns dx of x's shape: only the "
            "maximum of a window went on, so only its position receives the window's gradient, "
            "the other pixels 0; where windows overlap (stride smaller than the window), what "
            "they send adds up.\n"
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
                N_(
                    "A convolution is a matrix product in disguise: one row per window, one "
                    "column per filter."
                ),
                N_(
                    "im2col gives the windows as rows, (N·out_h·out_w, C·FH·FW). W.reshape(FN, "
                    "-1) puts each filter in one row of the same length: transpose it to make "
                    "the filters columns, multiply, and add b to every row."
                ),
                """\
fn, _c, fh, fw = self.W.shape
n, _c, h, w = x.shape
...
self.col = im2col(x, fh, fw, self.stride, self.pad)
self.col_W = self.W.reshape(fn, -1).T
out = self.col @ self.col_W + self.b
return out.reshape(n, out_h, out_w, fn).transpose(0, 3, 1, 2)""",
            ),
            "conv_layout": (
                N_("The output of a convolution is one map per filter: (N, FN, out_h, out_w)."),
                N_(
                    "The rows of the product follow im2col's order, (image, output row, output "
                    "column), and its columns are the filters. So reshape to (N, out_h, out_w, "
                    "FN) first; only then move the filter axis into second place."
                ),
                """\
out = self.col @ self.col_W + self.b
return out.reshape(n, out_h, out_w, fn).transpose(0, 3, 1, 2)""",
            ),
            "conv_stride_pad": (
                N_("stride and pad change how many windows there are, and where."),
                N_(
                    "Give self.stride and self.pad to im2col, and compute out_h and out_w with "
                    "them: out_h = (H + 2·pad − FH) // stride + 1."
                ),
                """\
out_h = conv_output_size(h, fh, self.stride, self.pad)
out_w = conv_output_size(w, fw, self.stride, self.pad)
self.col = im2col(x, fh, fw, self.stride, self.pad)""",
            ),
            "conv_backward": (
                N_(
                    "Backward runs forward's steps in reverse order: the transpose and reshape, "
                    "the product with the filters, then im2col."
                ),
                N_(
                    "Turn dout back into the product's layout, (N·out_h·out_w, FN), with "
                    "transpose(0, 2, 3, 1) then reshape. As for Affine, dcol = dout @ col_W.T; "
                    "then col2im adds each row back onto its window, giving dx the shape of x. "
                    "Keep x's shape (or x) and col_W from forward."
                ),
                """\
dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
dcol = dout @ self.col_W.T
return col2im(dcol, self.x_shape, fh, fw, self.stride, self.pad)""",
            ),
            "conv_params_grad": (
                N_("dW and db come from the same rule as Affine's, on the im2col matrix."),
                N_(
                    "With dout in the layout (N·out_h·out_w, FN): dW = col.T @ dout has shape "
                    "(C·FH·FW, FN), one column per filter; transpose it to (FN, C·FH·FW) and "
                    "reshape it to W's shape. Keep col from forward."
                ),
                """\
dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
self.db = dout.sum(axis=0)
self.dW = (self.col.T @ dout).T.reshape(self.W.shape)""",
            ),
            "conv_db": (
                N_("Each filter has one bias, added at every position of every image."),
                N_(
                    "So db holds one number per filter: the sum of dout over the images and over "
                    "the output positions (the sum, not the mean). In the layout (N·out_h·out_w, "
                    "FN), that is a sum over the rows."
                ),
                """\
dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
self.db = dout.sum(axis=0)""",
            ),
            "pool_max": (
                N_("Max pooling keeps the largest value of each window, not the mean."),
                N_(
                    "For each offset (y, x) inside the window, the slice x[:, :, y::stride, "
                    "x::stride], cut to out_h rows and out_w columns, holds the pixel at that "
                    "offset of every window. The output is the elementwise maximum of these "
                    "pool_h · pool_w slices: np.maximum, one slice after another."
                ),
                """\
def offsets(self, img, out_h, out_w):
    s = self.stride
    return [img[:, :, y:y + s * out_h:s, x:x + s * out_w:s]
            for y in range(self.pool_h) for x in range(self.pool_w)]


def forward(self, x):
    ...
    candidates = self.offsets(x, out_h, out_w)
    out = candidates[0]
    for candidate in candidates[1:]:
        out = np.maximum(out, candidate)""",
            ),
            "pool_layout": (
                N_(
                    "The maxima are right but not where they should be: the order of the axes is "
                    "the issue."
                ),
                N_(
                    "After reshape(-1, pool_h·pool_w), the rows are ordered (image, output row, "
                    "output column, channel), because im2col's columns go channel by channel. "
                    "Reshape the maxima to (N, out_h, out_w, C), then transpose to (N, C, out_h, "
                    "out_w)."
                ),
                """\
candidates = self.offsets(x, out_h, out_w)  # each (N, C, out_h, out_w), as the output
out = candidates[0]
for candidate in candidates[1:]:
    out = np.maximum(out, candidate)
...
return out""",
            ),
            "pool_windows": (
                N_(
                    "Your pooling works with 2 × 2 windows and stride 2; it must work with any "
                    "window and any stride."
                ),
                N_(
                    "Do not rely on the windows tiling the image: with stride 1 they overlap, "
                    "and with a 3 × 3 window and stride 2 too. The strided slices handle every "
                    "case: for the offset (y, x), the rows y, y + stride, ... (out_h of them) "
                    "and the columns x, x + stride, ... (out_w of them), with out_h = (H − "
                    "pool_h) // stride + 1."
                ),
                """\
def offsets(self, img, out_h, out_w):
    s = self.stride
    return [img[:, :, y:y + s * out_h:s, x:x + s * out_w:s]
            for y in range(self.pool_h) for x in range(self.pool_w)]""",
            ),
            "pool_backward": (
                N_(
                    "Backward sends each window's gradient back through the same strided slices "
                    "as forward."
                ),
                N_(
                    "Start from zeros shaped like x. For each offset k inside the window, add "
                    "dout, kept only where the maximum was at that offset (arg_max == k), to the "
                    "slice of offset k: with +=, since windows can overlap."
                ),
                """\
n, c, h, w = self.x_shape
dx = np.zeros((n, c, h + 2 * self.pad, w + 2 * self.pad), dtype=dout.dtype)
for k, target in enumerate(self.offsets(dx, *dout.shape[2:])):
    target += dout * (self.arg_max == k)
return dx[:, :, self.pad:self.pad + h, self.pad:self.pad + w]""",
            ),
            "pool_argmax": (
                N_("Which pixels of a window changed the output of forward?"),
                N_(
                    "Only the maximum was passed on: a small change of any other pixel changes "
                    "nothing. So the gradient of a window goes entirely to the position of its "
                    "maximum, which forward remembers (the offset where it was, arg_max), and "
                    "the other pixels get 0."
                ),
                """\
self.arg_max = np.zeros(out.shape, dtype=np.int8)
for k in reversed(range(len(candidates))):
    holds = candidates[k] == out
    self.arg_max *= ~holds
    self.arg_max += np.int8(k) * holds""",
            ),
            "pool_ties": (
                N_(
                    "What happens when a window holds its maximum twice, as after a ReLU, where "
                    "many values are exactly 0?"
                ),
                N_(
                    "Only one copy was passed on, so only one position gets the gradient: the "
                    "first, the one np.argmax returns. A mask such as x == max would give it to "
                    "every copy and count it twice."
                ),
                """\
for k in reversed(range(len(candidates))):
    holds = candidates[k] == out
    self.arg_max *= ~holds
    self.arg_max += np.int8(k) * holds""",
            ),
            "conv_bias": (
                N_("Each filter has its own bias, added to every value of the map it makes."),
                N_(
                    "b has one value per filter, shape (FN,). After the product, which has one "
                    "column per filter, add b to every row: the broadcast adds b[f] to column f."
                ),
                """out = self.col @ self.col_W + self.b""",
            ),
            "conv_flipped": (
                N_("The layers of the book do not flip the filter, as signal processing does."),
                N_(
                    "Each output is the plain dot product of the filter with its window, pixel "
                    "(y, x) of the filter with pixel (y, x) of the window: use W as it is, "
                    "without W[:, :, ::-1, ::-1]."
                ),
                """\
self.col_W = self.W.reshape(fn, -1).T
out = self.col @ self.col_W + self.b""",
            ),
            "conv_filters": (
                N_(
                    "W.reshape(FN, -1).T and W.reshape(-1, FN) have the same shape, but they are "
                    "not the same matrix."
                ),
                N_(
                    "W.reshape(FN, -1) keeps each filter whole in one row, in the order im2col "
                    "reads a window; its transpose has one filter per column. W.reshape(-1, FN) "
                    "cuts the numbers of W into rows of FN that mix the filters."
                ),
                """self.col_W = self.W.reshape(fn, -1).T""",
            ),
            "conv_dw_transpose": (
                N_("col.T @ dout has one column per filter, while W has one filter per row."),
                N_(
                    "col.T @ dout has the shape (C·FH·FW, FN): transpose it to (FN, C·FH·FW), "
                    "one filter per row, before reshaping it to W's shape (FN, C, FH, FW)."
                ),
                """self.dW = (self.col.T @ dout).T.reshape(self.W.shape)""",
            ),
            "interface": (
                N_(
                    "The grader makes Convolution(W, b, stride=..., pad=...) and Pooling(pool_h, "
                    "pool_w, stride=...) as the statement writes them, and calls forward(x) and "
                    "backward(dout): another name or one more required parameter makes the call "
                    "fail before your code runs."
                ),
                N_(
                    "Keep the names of the statement, and its defaults: stride=1 and pad=0 for "
                    "Convolution, stride=2 and pad=0 for Pooling."
                ),
                """\
class Convolution:
    def __init__(self, W, b, stride=1, pad=0): ...
    def forward(self, x): ...
    def backward(self, dout): ...


class Pooling:
    def __init__(self, pool_h, pool_w, stride=2, pad=0): ...
    def forward(self, x): ...
    def backward(self, dout): ...""",
            ),
        },
    ),
    "ch07.simple_convnet": ExerciseText(
        title=N_("A simple convolutional network"),
        statement=N_(
            "The network of the book's chapter 7: a convolution layer learns filters that look "
            "for small patterns anywhere in the image, a ReLU keeps what they found, and a max "
            "pooling keeps the strongest answer of each 2 × 2 neighbourhood; then two Affine "
            "layers, as in chapter 5, decide which digit it is.\n"
            "\n"
            "In ch07_cnn/simple_convnet.py, write the class SimpleConvNet(input_dim=(1, 28, 28), "
            "conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1}, "
            "hidden_size=100, output_size=10, weight_init_std=0.01, seed=None):\n"
            "- params: W1 of shape (filter_num, C, filter_size, filter_size) and b1 "
            "(filter_num,) for the convolution; W2 (pooled, hidden_size) and b2; W3 "
            "(hidden_size, output_size) and b3. The convolution gives maps of conv_h × conv_w "
            "(conv_output_size); the pooling halves each side, rounding down, so pooled = "
            "filter_num · ⌊conv_h / 2⌋ · ⌊conv_w / 2⌋. Weights from N(0, weight_init_std²) drawn "
            "by np.random.default_rng(seed), biases 0;\n"
            "- the layers Convolution(W1, b1, stride, pad) → Relu → Pooling(2, 2, stride=2) → "
            "Affine(W2, b2) → Relu → Affine(W3, b3), built on the very arrays of params, and a "
            "last layer SoftmaxWithLoss. Affine flattens each image's maps into one row by "
            "itself;\n"
            "- predict(x) for images x of shape (N, C, H, W): the scores (N, output_size), "
            "before the softmax; loss(x, t); accuracy(x, t, batch_size=100), counted batch_size "
            "images at a time (im2col of 10,000 images at once would need gigabytes); "
            "numerical_gradient(x, t) and gradient(x, t) as in chapter 5, with the six keys W1, "
            "b1, W2, b2, W3, b3.\n"
            "\n"
            "Known answers: with the defaults, W1 has the shape (30, 1, 5, 5) and W2 (4320, "
            "100): 30 maps of 24 × 24, pooled to 12 × 12, give 30 · 12 · 12 = 4320 values per "
            "image. With input_dim=(1, 10, 10) and 3 filters of 3 × 3, W2 has 3 · 4 · 4 = 48 "
            "rows.\n"
            "\n"
            "The grader writes random parameters into your params and compares predict, loss and "
            "accuracy with its own network written out in NumPy, then every entry of both "
            "gradients with central differences of the loss, on small networks (every "
            "convolution there gives maps with an even side, as the book's code expects). While "
            "this exercise is graded, your layers of chapter 5 and of this chapter are replaced "
            "by the reference versions."
        ),
        hints={
            "param_shapes": (
                N_("Follow an image through the layers and count what comes out of each."),
                N_(
                    "The convolution gives filter_num maps of conv_h × conv_w, with conv_h = "
                    "conv_output_size(H, filter_size, stride, pad). The pooling halves both "
                    "sides. W2 must take all of those values: filter_num · (conv_h // 2) · "
                    "(conv_w // 2) rows."
                ),
                """\
conv_h = conv_output_size(input_dim[1], size, stride, pad)
conv_w = conv_output_size(input_dim[2], size, stride, pad)
pooled = filters * (conv_h // 2) * (conv_w // 2)
self.params = {
    "W1": weight_init_std * rng.standard_normal((filters, input_dim[0], size, size)),
    "b1": np.zeros(filters),
    "W2": weight_init_std * rng.standard_normal((pooled, hidden_size)),
    "b2": np.zeros(hidden_size),
    "W3": weight_init_std * rng.standard_normal((hidden_size, output_size)),
    "b3": np.zeros(output_size),
}""",
            ),
            "init": (
                N_("Start as in chapter 5: small random weights, zero biases."),
                N_(
                    "Draw the weights with rng = np.random.default_rng(seed), standard normal "
                    "values times weight_init_std; the biases are np.zeros of the right length."
                ),
                """\
rng = np.random.default_rng(seed)
self.params = {
    "W1": weight_init_std * rng.standard_normal((filters, input_dim[0], size, size)),
    "b1": np.zeros(filters),
    "W2": weight_init_std * rng.standard_normal((pooled, hidden_size)),
    "b2": np.zeros(hidden_size),
    "W3": weight_init_std * rng.standard_normal((hidden_size, output_size)),
    "b3": np.zeros(output_size),
}""",
            ),
            "shared_params": (
                N_("A training step changes net.params in place. Do your layers notice?"),
                N_(
                    "Give each layer the very arrays of self.params, not copies (no .copy(), no "
                    "np.array(...)): then the layers compute with the weights as they are now."
                ),
                """\
self.layers = [Convolution(self.params["W1"], self.params["b1"], stride, pad), Relu(),
               Pooling(2, 2, stride=2), Affine(self.params["W2"], self.params["b2"]),
               Relu(), Affine(self.params["W3"], self.params["b3"])]""",
            ),
            "predict": (
                N_(
                    "predict is the layers' forward methods, one after the other, and nothing "
                    "more."
                ),
                N_(
                    "Convolution, Relu, Pooling, Affine, Relu, Affine: each output is the next "
                    "input. Affine flattens the pooled maps itself. Stop before the softmax, "
                    "which belongs to the last layer."
                ),
                """\
for layer in self.layers:
    x = layer.forward(x)
return x""",
            ),
            "loss": (
                N_("The loss is the last layer's job, on the scores of predict."),
                N_(
                    "SoftmaxWithLoss's forward takes the scores and the targets, one-hot or "
                    "labels, and returns one number: the mean cross-entropy."
                ),
                """return self.last_layer.forward(self.predict(x), t)""",
            ),
            "accuracy": (
                N_("The network's answer for an image is the class with the highest score."),
                N_(
                    "Turn a one-hot t into labels with argmax. Then, batch_size images at a "
                    "time, count the images whose highest score is the right class; divide the "
                    "count by the number of images."
                ),
                """\
if t.ndim != 1:
    t = np.argmax(t, axis=1)
right = sum(int(np.sum(np.argmax(self.predict(x[i:i + batch_size]), axis=1)
                       == t[i:i + batch_size]))
            for i in range(0, len(x), batch_size))
return right / len(x)""",
            ),
            "net_gradient": (
                N_("This is chapter 5's numerical gradient, over six parameters now."),
                N_(
                    "Give numerical_gradient a function of the weights that returns the loss; it "
                    "can ignore its argument, since numerical_gradient changes self.params[key] "
                    "itself."
                ),
                """\
loss_w = lambda _w: self.loss(x, t)
return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}""",
            ),
            "backprop": (
                N_(
                    "Backpropagation is forward once, then backward through the same layers in "
                    "reverse order."
                ),
                N_(
                    "Call self.loss(x, t) first, then start from dout = "
                    "self.last_layer.backward(1) and hand each layer's result to the layer "
                    "before it. Then read dW and db from the Convolution (W1, b1), the first "
                    "Affine (W2, b2) and the second (W3, b3)."
                ),
                """\
self.last_loss = self.loss(x, t)
dout = self.last_layer.backward(1)
first, *others = self.layers
for layer in reversed(others):
    dout = layer.backward(dout)
first.backward(dout, dx=False)
conv, hidden, output = first, others[2], others[4]
return {"W1": conv.dW, "b1": conv.db, "W2": hidden.dW, "b2": hidden.db,
        "W3": output.dW, "b3": output.db}""",
            ),
            "interface": (
                N_(
                    "The grader makes your network as the statement writes it, "
                    "SimpleConvNet(input_dim, conv_param, hidden_size, output_size, "
                    "weight_init_std=...), and calls predict(x), loss(x, t), accuracy(x, t), "
                    "numerical_gradient(x, t) and gradient(x, t): another name or one more "
                    "required parameter makes the call fail before your code runs."
                ),
                N_(
                    "Keep the names and the defaults of the statement; conv_param is a dict with "
                    "the keys filter_num, filter_size, pad and stride."
                ),
                """\
class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28),
                 conv_param={"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},
                 hidden_size=100, output_size=10, weight_init_std=0.01, seed=None): ...
    def predict(self, x): ...
    def loss(self, x, t): ...
    def accuracy(self, x, t, batch_size=100): ...
    def numerical_gradient(self, x, t): ...
    def gradient(self, x, t): ...""",
            ),
        },
    ),
    "ch07.train_convnet": ExerciseText(
        title=N_("Training the convolutional network on MNIST"),
        statement=N_(
            "The book's last experiment: your SimpleConvNet learns to read the handwritten "
            "digits of MNIST with Adam, and goes past 98.5 % accuracy on the test images, where "
            "the two-layer network of chapter 5 stopped near 97.5 %.\n"
            "\n"
            "In ch07_cnn/train_convnet.py, write train_convnet(*, epochs=8, batch_size=100, "
            "learning_rate=0.001, train_size=None, seed=0, data_dir=None), which:\n"
            "- loads the data as images with load_mnist(data_dir, flatten=False) from "
            "grader.datasets: x of shape (N, 1, 28, 28), pixels in [0, 1], t as labels 0-9; it "
            "keeps only the first train_size training images (all 60,000 when None);\n"
            "- builds SimpleConvNet(seed=seed) with its default sizes and "
            "Adam(lr=learning_rate), the optimizer of chapter 6;\n"
            "- trains for epochs epochs of len(x_train) // batch_size updates each: for each "
            "update, a mini-batch of batch_size images, network.gradient on it, then "
            "optimizer.update(network.params, grads); the loss of every mini-batch goes into "
            "history['loss'];\n"
            "- after each epoch, measures the accuracy on the first 1,000 training images and "
            "the first 1,000 test images, into history['train_acc'] and history['test_acc'] (the "
            "book's Trainer measures at the start of each epoch instead: that is accepted too). "
            "A whole pass over the 70,000 images would cost about a third of an epoch;\n"
            "- returns (network, history).\n"
            "\n"
            "The grader runs your function twice with its own settings. First 2 epochs of a few "
            "thousand images in batches of 50, with learning_rate=0.004: it then measures the "
            "accuracy itself, with the weights you return, on the 10,000 test images: it must "
            "reach 93 % at least (the reference reaches about 96 %). It also reads the history: "
            "one loss per update, falling; one training and one test accuracy per epoch; the "
            "last test accuracy no higher than what it measures. Then a single update of 25 "
            "images: Adam's first step moves every parameter by about the learning rate, so "
            "every bias of the output layer, which starts at 0, must end at plus or minus the "
            "learning rate.\n"
            "\n"
            "With its defaults (8 epochs of the 60,000 images), the reference reaches about 98.7 "
            "% accuracy on the test images. `grade plot ch07.train_convnet` draws your learning "
            "curves, a confusion matrix and the filters of the first layer before and after "
            "training."
        ),
        hints={
            "return_value": (
                N_(
                    "train_convnet returns two things: the network it trained, and the history "
                    "of the training."
                ),
                N_(
                    "The first value must be the SimpleConvNet object itself, with its default "
                    "sizes (the grader reads its params); the second a dict with the lists loss, "
                    "train_acc and test_acc."
                ),
                """\
network = SimpleConvNet(seed=seed)
history = {"loss": [], "train_acc": [], "test_acc": []}
...
return network, history""",
            ),
            "training_loop": (
                N_(
                    "Check that every setting of train_convnet reaches the loop: train_size, "
                    "epochs, batch_size, learning_rate."
                ),
                N_(
                    "Each update takes a batch of batch_size images with their own labels, "
                    "computes grads = network.gradient(x_batch, t_batch), then calls "
                    "optimizer.update(network.params, grads), which changes the very arrays the "
                    "layers use."
                ),
                """\
optimizer = Adam(lr=learning_rate)
rng = np.random.default_rng(seed)
per_epoch = max(len(x_train) // batch_size, 1)
for _epoch in range(epochs):
    order = rng.permutation(len(x_train))
    for i in range(per_epoch):
        batch = order[i * batch_size:(i + 1) * batch_size]
        grads = network.gradient(x_train[batch], t_train[batch])
        optimizer.update(network.params, grads)""",
            ),
            "history": (
                N_("One loss per update, one training and one test accuracy per epoch."),
                N_(
                    "An epoch is len(x_train) // batch_size updates, where x_train holds only "
                    "the first train_size images. Append the loss inside the loop of updates, "
                    "the accuracies once per epoch, outside it."
                ),
                """\
MEASURED = 1000
x_train, t_train = x_train[:train_size], t_train[:train_size]
per_epoch = max(len(x_train) // batch_size, 1)
for _epoch in range(epochs):
    for i in range(per_epoch):
        ...
        history["loss"].append(float(network.loss(x_train[batch], t_train[batch])))
    history["train_acc"].append(network.accuracy(x_train[:MEASURED], t_train[:MEASURED]))
    history["test_acc"].append(network.accuracy(x_test[:MEASURED], t_test[:MEASURED]))""",
            ),
            "loss_falls": (
                N_(
                    "When the loss does not fall, the network is not learning from the right "
                    "examples, or not learning at all."
                ),
                N_(
                    "Each image must keep its own label: draw one set of indices and use it for "
                    "both x and t. The optimizer must be Adam, updating network.params itself, "
                    "with the learning rate given."
                ),
                """\
order = rng.permutation(len(x_train))
for i in range(per_epoch):
    batch = order[i * batch_size:(i + 1) * batch_size]
    grads = network.gradient(x_train[batch], t_train[batch])
    optimizer.update(network.params, grads)""",
            ),
            "honest_history": (
                N_("The accuracies in the history must describe the network you return."),
                N_(
                    "Return the very network that was trained: do not build a second "
                    "SimpleConvNet after training. Measure test_acc on x_test and t_test."
                ),
                """\
network = SimpleConvNet(seed=seed)
...
history["test_acc"].append(network.accuracy(x_test[:MEASURED], t_test[:MEASURED]))
...
return network, history""",
            ),
            "optimizer": (
                N_("This chapter trains with Adam, not with plain gradient descent."),
                N_(
                    "Make one Adam(lr=learning_rate) before the loop (it keeps its moments from "
                    "one update to the next) and let it change the parameters: "
                    "optimizer.update(network.params, grads), once per mini-batch."
                ),
                """\
optimizer = Adam(lr=learning_rate)
...
grads = network.gradient(x_train[batch], t_train[batch])
optimizer.update(network.params, grads)""",
            ),
            "speed": (
                N_("A training run of a few hundred updates should take seconds, not minutes."),
                N_(
                    "Use only the first train_size images, make epochs × (train_size // "
                    "batch_size) updates, and measure the accuracies on 1,000 images of each "
                    "set. If it is still slow, look for Python loops over images or windows in "
                    "your layers: im2col and col2im loop over the filter's offsets only."
                ),
                """\
MEASURED = 1000
x_train, t_train = x_train[:train_size], t_train[:train_size]
per_epoch = max(len(x_train) // batch_size, 1)
...
history["train_acc"].append(network.accuracy(x_train[:MEASURED], t_train[:MEASURED]))
history["test_acc"].append(network.accuracy(x_test[:MEASURED], t_test[:MEASURED]))""",
            ),
            "get_mnist": CHAPTER_5["ch05.train_mnist"].hints["get_mnist"],
            "learning_rate": (
                N_("Does the learning rate given to train_convnet reach Adam?"),
                N_(
                    "Adam's first step moves each parameter by about its learning rate. Make the "
                    "optimizer with Adam(lr=learning_rate): Adam() alone keeps its default, "
                    "0.001."
                ),
                """optimizer = Adam(lr=learning_rate)""",
            ),
            "interface": (
                N_(
                    "The grader calls train_convnet with keyword arguments only: epochs, "
                    "batch_size, learning_rate, train_size, seed and data_dir. Another name, or "
                    "one more parameter without a default, makes the call fail before your code "
                    "runs."
                ),
                N_(
                    "Keep the * before the parameters, their names and their defaults as the "
                    "statement writes them."
                ),
                """\
def train_convnet(*, epochs=8, batch_size=100, learning_rate=0.001, train_size=None, seed=0,
                  data_dir=None): ...""",
            ),
        },
    ),
}
