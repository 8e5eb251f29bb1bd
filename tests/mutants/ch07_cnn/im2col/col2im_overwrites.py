"""col2im writes each slice with = instead of adding it: where windows overlap, the last one
wins and the others' values are lost."""
# kills: col2im_sums_overlaps
# hint: col2im_adds
# first hint says: en "several windows" · fr "plusieurs fenêtres" · ja "いくつものウィンドウ"


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    n, c, h, w = input_shape
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    col = col.reshape(n, out_h, out_w, c, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((n, c, h + 2 * pad, w + 2 * pad))
    for y in range(filter_h):
        for x in range(filter_w):
            img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride] = col[:, :, y, x]
    return img[:, :, pad:pad + h, pad:pad + w]
