""""relu" gets Xavier's scale and "sigmoid" He's."""
# kills: init_scale
# hint: init_swapped
# first hint says: en "Check which scale goes with which name" · fr "Vérifiez quelle échelle va avec quel nom" · ja "どのスケールがどの名前に対応するか確かめましょう"


def weight_scale(weight_init_std, n_in):
    name = str(weight_init_std).lower()
    if name in ("relu", "he"):
        return np.sqrt(1.0 / n_in)
    if name in ("sigmoid", "xavier"):
        return np.sqrt(2.0 / n_in)
    return weight_init_std
