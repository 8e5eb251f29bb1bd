"""im2col slices every pixel (step 1) whatever the stride: as many windows as with stride 1."""
# kills: im2col_stride_pad
# hint: stride_pad
# first hint says: en "every 2 pixels" · fr "tous les 2 pixels" · ja "2画素おき"


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    n, c, h, w = input_data.shape
    out_h = conv_output_size(h, filter_h, 1, pad)
    out_w = conv_output_size(w, filter_w, 1, pad)
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.zeros((n, c, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        for x in range(filter_w):
            col[:, :, y, x] = img[:, :, y:y + out_h, x:x + out_w]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(n * out_h * out_w, -1)
