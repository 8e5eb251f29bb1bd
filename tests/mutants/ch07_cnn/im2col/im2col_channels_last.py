"""im2col reads each window pixel by pixel with the channels innermost: the columns come in
the order (filter row, filter column, channel), not that of W.reshape(FN, -1)."""
# kills: im2col_values im2col_stride_pad
# hint: im2col_order
# first hint says: en "order" · fr "ordre" · ja "順番"

_reference_im2col = im2col


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    col = _reference_im2col(input_data, filter_h, filter_w, stride, pad)
    c = input_data.shape[1]
    return col.reshape(-1, c, filter_h, filter_w).transpose(0, 2, 3, 1).reshape(col.shape)
