"""im2col returns one column per window instead of one row."""
# kills: im2col_shape im2col_values
# hint: im2col_shape
# first hint says: en "One row per window" · fr "Une ligne par fenêtre" · ja "1行に1ウィンドウ"

_reference_im2col = im2col


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    return _reference_im2col(input_data, filter_h, filter_w, stride, pad).T
