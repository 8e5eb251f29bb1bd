"""im2col walks the windows of an image column by column (transpose(0, 5, 4, ...) in the
book's form): the rows come in the order (sample, output column, output row)."""
# kills: im2col_values
# hint: im2col_order
# first hint says: en "order" · fr "ordre" · ja "順番"


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    n, c, h, w = input_data.shape
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.zeros((n, c, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        for x in range(filter_w):
            col[:, :, y, x] = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
    return col.transpose(0, 5, 4, 1, 2, 3).reshape(n * out_h * out_w, -1)
