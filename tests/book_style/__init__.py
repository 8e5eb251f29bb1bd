"""A workspace written the way the textbook writes its code: its names, defaults and interfaces
(no `seed` in the networks, `np.random.randn` for their weights, `gradient_descent` returning
`(x, x_history)`, an `OrderedDict` of layers...). Written here from the book's formulas and
conventions, for `tests/test_book_style.py`: every check must pass on it.

Where the kit deliberately asks more than the book (CURRICULUM.md, "Known differences"), the
code says so in a comment. Functions the book does not have (`perceptron`, `train_perceptron`,
`train`, `train_mnist`) are written in its style.
"""
