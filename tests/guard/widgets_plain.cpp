#include <QWidget>
int probe();
