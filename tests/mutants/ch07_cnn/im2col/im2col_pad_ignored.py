"""im2col never pads the images: the border windows are missing."""
# kills: im2col_stride_pad
# hint: stride_pad
# first hint says: en "border of zeros" · fr "bordure de zéros" · ja "0の縁"

_reference_im2col = im2col


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    return _reference_im2col(input_data, filter_h, filter_w, stride, 0)
