"""Xavier's and He's scales swapped."""
# kills: xavier_std he_std
# hint: swapped
# first hint says: en "Look again at which scale belongs to" · fr "Vérifiez quelle échelle va avec quel nom" · ja "どのスケールがどの名前に対応するか"


def xavier_std(n_in):
    return np.sqrt(2.0 / n_in)


def he_std(n_in):
    return np.sqrt(1.0 / n_in)
