"""The name "tanh" mapped to the sigmoid."""
# kills: tanh_experiment
# hint: activation_name
# first hint says: en "The activation argument names the" · fr "L'argument activation nomme la fonction à" · ja "引数 activation は使う関数の名前です"

ACTIVATIONS = {"sigmoid": sigmoid, "tanh": sigmoid, "relu": relu}
