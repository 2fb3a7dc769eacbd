#include <QtWidgets/QWidget>
int probe();
