"""gradient_descent's lr is called learning_rate: the grader's lr=... is refused before any
line runs (the call with lr passed in position still works)."""
# kills: gradient_descent_values
# hint: interface
# first hint says: en "another name" · fr "un autre nom" · ja "名前が違ったり"

_reference_descent = gradient_descent


def gradient_descent(f, init_x, learning_rate=0.01, step_num=100):
    return _reference_descent(f, init_x, learning_rate, step_num)
