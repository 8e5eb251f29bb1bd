"""conv_output_size forgets the padding: a padded image seems as small as the original."""
# kills: output_size_values
# hint: output_size
# first hint says: en "padded input" · fr "avec sa marge" · ja "パディングを付けた入力"


def conv_output_size(input_size, filter_size, stride=1, pad=0):
    return (input_size - filter_size) // stride + 1
